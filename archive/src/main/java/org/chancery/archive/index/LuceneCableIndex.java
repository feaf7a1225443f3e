package org.chancery.archive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.chancery.archive.marking.Keywords;
import org.chancery.archive.store.StoredCable;

/**
 * The {@link CableIndex} on disk, in {@code DATA/index}. One {@link IndexWriter} takes every write; searches run on
 * near-real-time searchers from {@link #searchers()}, refreshed at each commit. The highest store sequence taken in
 * travels in the commit's user data, so it is durable exactly when the documents are.
 *
 * <p>Uncommitted upserts are dropped at {@link #close}: the store is the system of record, and ingest resumes from
 * {@link #committedSequence()}.
 */
public final class LuceneCableIndex implements CableIndex {

    /** Key of the commit user data holding the last store sequence taken in. */
    static final String SEQUENCE_KEY = "chancery.sequence";

    /** Key of the commit user data holding the document layout ({@link IndexFields#SCHEMA}). */
    static final String SCHEMA_KEY = "chancery.schema";

    private static final double RAM_BUFFER_MB = 256;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final CableDocumentFactory documents;
    private volatile long committedSequence;

    private LuceneCableIndex(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.create())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false);
        this.writer = new IndexWriter(directory, config);
        this.committedSequence = readSequence(writer.getLiveCommitData());
        if (committedSequence > 0 && !IndexFields.SCHEMA.equals(readSchema(writer.getLiveCommitData()))) {
            // written with another document layout: start over, and the next catch-up rebuilds it from the store
            writer.deleteAll();
            committedSequence = 0;
        }
        this.searchers = new SearcherManager(writer, new SlicedSearchers());
        this.documents = new CableDocumentFactory(IndexFields.facetsConfig());
    }

    /** Opens (or creates) the index under {@code dataDir/index}. */
    public static LuceneCableIndex open(Path dataDir) {
        return openAt(indexDirectory(dataDir));
    }

    /** Where the index of a data directory lives. */
    public static Path indexDirectory(Path dataDir) {
        return dataDir.resolve("index");
    }

    private static LuceneCableIndex openAt(Path indexDir) {
        try {
            return new LuceneCableIndex(FSDirectory.open(indexDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + indexDir, e);
        }
    }

    /** Opens an index over any directory (tests use an in-memory one). */
    public static LuceneCableIndex open(Directory directory) {
        try {
            return new LuceneCableIndex(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    @Override
    public void upsert(Collection<StoredCable> cables) {
        try {
            for (StoredCable stored : cables) {
                String id = Keywords.normalize(stored.referenceId());
                writer.updateDocument(new Term(IndexFields.ID, id), documents.create(stored.cable()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("indexing failed", e);
        }
    }

    @Override
    public void commit(long throughSequence) {
        try {
            writer.setLiveCommitData(
                    Map.of(SEQUENCE_KEY, Long.toString(throughSequence), SCHEMA_KEY, IndexFields.SCHEMA)
                            .entrySet());
            writer.commit();
            committedSequence = throughSequence;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("index commit failed", e);
        }
    }

    @Override
    public long committedSequence() {
        return committedSequence;
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("clearing the index failed", e);
        }
    }

    /** Searchers over everything committed so far (and refreshed on {@link #refresh}). */
    public SearcherManager searchers() {
        return searchers;
    }

    /** Makes uncommitted upserts visible to new searches without making them durable. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (directory;
                writer;
                searchers) {
            // closing in reverse order: searchers, then the writer (which rolls back uncommitted work), then files
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long readSequence(Iterable<Map.Entry<String, String>> commitData) {
        if (commitData != null) {
            for (Map.Entry<String, String> e : commitData) {
                if (SEQUENCE_KEY.equals(e.getKey())) {
                    return Long.parseLong(e.getValue());
                }
            }
        }
        return 0;
    }

    static String readSchema(Iterable<Map.Entry<String, String>> commitData) {
        if (commitData != null) {
            for (Map.Entry<String, String> e : commitData) {
                if (SCHEMA_KEY.equals(e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return null;
    }
}
