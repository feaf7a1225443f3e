package org.chancery.archive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An index opened for searching only, without the write lock, so that any number of {@code chancery search}
 * processes can run beside an import.
 */
public final class ReadOnlyIndex implements AutoCloseable {
    private final Directory directory;
    private final SearcherManager searchers;
    private final long committedSequence;

    private ReadOnlyIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.searchers = new SearcherManager(directory, new SlicedSearchers());
        var searcher = searchers.acquire();
        try {
            DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
            var commitData = reader.getIndexCommit().getUserData().entrySet();
            // an index of another document layout counts as empty, so that commands ask for a rebuild
            this.committedSequence = IndexFields.SCHEMA.equals(LuceneCableIndex.readSchema(commitData))
                    ? LuceneCableIndex.readSequence(commitData)
                    : 0;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Opens the committed index of a data directory; fails with a clear message when there is none yet. */
    public static ReadOnlyIndex open(Path dataDir) {
        Path dir = LuceneCableIndex.indexDirectory(dataDir);
        try {
            FSDirectory fs = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(fs)) {
                fs.close();
                throw new IllegalStateException("no search index at " + dir + " (run `chancery reindex`)");
            }
            return new ReadOnlyIndex(fs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + dir, e);
        }
    }

    public SearcherManager searchers() {
        return searchers;
    }

    /** The store sequence the opened commit has taken in. */
    public long committedSequence() {
        return committedSequence;
    }

    @Override
    public void close() {
        try (directory;
                searchers) {
            // searchers first, then the files
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
