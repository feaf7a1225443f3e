package org.chancery.archive.index;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Opens searchers that share one query's segments among the cores. A query in a large archive may match a good part
 * of it, and every match is scored and counted into the facets, so while other cores are idle a broad query ends
 * sooner; under full load the work is the same, only spread out, because the asking thread works on its own query's
 * slices too.
 */
final class SlicedSearchers extends SearcherFactory {

    /**
     * A slice groups segments up to about this many documents. Lucene's default (250,000) keeps a whole archive of
     * the size we benchmark in one slice; this size gives one slice per segment there (the only size measured).
     */
    private static final int DOCS_PER_SLICE = 50_000;

    private static final int SEGMENTS_PER_SLICE = 5;
    private static final ExecutorService SLICE_THREADS =
            Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), new DaemonThreads());

    private final int docsPerSlice;

    public SlicedSearchers() {
        this(DOCS_PER_SLICE);
    }

    /** @param docsPerSlice documents a slice may group (tests use small ones to get several slices from few cables) */
    public SlicedSearchers(int docsPerSlice) {
        this.docsPerSlice = docsPerSlice;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        int perSlice = docsPerSlice;
        return new IndexSearcher(reader, SLICE_THREADS) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return slices(leaves, perSlice, SEGMENTS_PER_SLICE, false);
            }
        };
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread t = new Thread(task, "search-slice-" + count.incrementAndGet());
            // the pool lasts as long as the process and must never keep a finished command alive
            t.setDaemon(true);
            return t;
        }
    }
}
