package org.chancery.archive.search;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * Caches the facet ordinal map of the current index reader: building it walks every facet value, far too slow to do
 * per search, and it stays valid until the searcher is refreshed.
 */
final class FacetReaderStates {
    private final FacetsConfig config;
    private final AtomicReference<Entry> current = new AtomicReference<>();

    FacetReaderStates(FacetsConfig config) {
        this.config = config;
    }

    SortedSetDocValuesReaderState stateFor(IndexReader reader) throws IOException {
        Entry e = current.get();
        if (e != null && e.reader() == reader) {
            return e.state();
        }
        // two threads may build the same state at once after a refresh; both are correct, one wins the cache
        SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
        current.set(new Entry(reader, state));
        return state;
    }

    private record Entry(IndexReader reader, SortedSetDocValuesReaderState state) {}
}
