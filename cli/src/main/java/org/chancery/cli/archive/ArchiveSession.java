package org.chancery.cli.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.FullAccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.index.CableIndex;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.store.ArchiveReader;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.JdbcCableStore;

/**
 * The archive as one command uses it: the store, the index when needed, and reads on behalf of the command line's
 * reader through the access policy.
 */
final class ArchiveSession implements AutoCloseable {

    /** Whom the command line reads for, until installations have accounts. */
    static final Principal READER = Principal.OPERATOR;

    /** The command line's policy, until installations have rules. */
    static final AccessPolicy POLICY = new FullAccessPolicy();

    private final ArchiveLocation location;
    private final CableStore store;
    private CableIndex index;

    private ArchiveSession(ArchiveLocation location, CableStore store) {
        this.location = location;
        this.store = store;
    }

    static ArchiveSession open(ArchiveLocation location) {
        try {
            Files.createDirectories(location.dataDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + location.dataDirectory(), e);
        }
        return new ArchiveSession(location, JdbcCableStore.open(location.database()));
    }

    ArchiveLocation location() {
        return location;
    }

    /** The raw store, for writing (import); reads for a reader go through {@link #reader()}. */
    CableStore store() {
        return store;
    }

    ArchiveReader reader() {
        return new ArchiveReader(store, POLICY);
    }

    CableIndex index() {
        if (index == null) {
            index = LuceneCableIndex.open(location.dataDirectory());
        }
        return index;
    }

    @Override
    public void close() {
        try (store) {
            if (index != null) {
                index.close();
            }
        }
    }
}
