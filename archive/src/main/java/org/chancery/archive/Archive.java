package org.chancery.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.LockObtainFailedException;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.ArchivePolicy;
import org.chancery.archive.account.Accounts;
import org.chancery.archive.account.JdbcAccounts;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.audit.JdbcAuditLog;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.declass.DeclassificationDesk;
import org.chancery.archive.declass.JdbcDeclassificationLedger;
import org.chancery.archive.index.CableIndex;
import org.chancery.archive.index.IndexRebuilder;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.index.ReadOnlyIndex;
import org.chancery.archive.jdbc.Schema;
import org.chancery.archive.monitor.AccessMonitor;
import org.chancery.archive.monitor.JdbcAccessMonitor;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.JdbcCableStore;

/**
 * The archive wired once, for the command line and the server alike: the database migrated first, then the store,
 * accounts, audit log, access monitor, declassification ledger and the access policy over it, the reading room over
 * all of them, and the records officers' desk over the reading room. The index is opened when first needed: for
 * searching without the write lock, or for writing by the one process that imports.
 */
public final class Archive implements AutoCloseable {

    private static final int INDEX_BATCH = 500;

    private final ArchiveLocation location;
    private final Clock clock;
    private final CableStore store;
    private final JdbcAccounts accounts;
    private final JdbcAuditLog audit;
    private final JdbcAccessMonitor monitor;
    private final JdbcDeclassificationLedger ledger;
    private final ArchivePolicy policy;
    private final DataSource database;
    private final Object indexing = new Object();
    private ExecutorService indexer;
    private Future<?> lastIndexing;
    private boolean indexPending;
    private ReadOnlyIndex searchIndex;
    private LuceneCableIndex writableIndex;

    private Archive(ArchiveLocation location, Clock clock) {
        this.location = location;
        this.clock = clock;
        try {
            Files.createDirectories(location.dataDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + location.dataDirectory(), e);
        }
        DataSource migrated = Schema.migrate(location.database());
        this.database = migrated;
        this.store = JdbcCableStore.connect(migrated, location.database());
        this.accounts = new JdbcAccounts(migrated, clock);
        this.audit = new JdbcAuditLog(migrated);
        this.monitor = new JdbcAccessMonitor(migrated, accounts, audit, clock);
        this.ledger = JdbcDeclassificationLedger.connect(migrated, clock);
        this.policy = new ArchivePolicy(clock, ledger);
    }

    /** Opens (creating when new) the archive at a location, migrating its database to the current schema. */
    public static Archive open(ArchiveLocation location, Clock clock) {
        return new Archive(location, clock);
    }

    public ArchiveLocation location() {
        return location;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * The archive's database, migrated: for a module that keeps tables of its own beside the archive's (messaging's
     * drafts, outbox and inboxes), migrated by that module under its own schema history.
     */
    public DataSource database() {
        return database;
    }

    /** The raw store: for writing (import) only; every read on behalf of a reader goes through {@link #readingRoom}. */
    public CableStore store() {
        return store;
    }

    public Accounts accounts() {
        return accounts;
    }

    public AuditLog audit() {
        return audit;
    }

    public AccessMonitor monitor() {
        return monitor;
    }

    /** The one access decision, over the records officers' decisions in the same database. */
    public AccessPolicy policy() {
        return policy;
    }

    /**
     * The reading room: every read through the access decision, audited, watched by the access monitor. Searching
     * needs the committed index; opening a cable does not, so an archive without an index can still be read, and its
     * searches say what to run.
     */
    public ReadingRoom readingRoom() {
        SearcherManager searchers = null;
        if (writableIndex != null) {
            searchers = writableIndex.searchers();
        } else {
            try {
                searchers = searchIndex().searchers();
            } catch (IllegalStateException noIndexYet) {
                // reads by id work from the store alone
            }
        }
        return new ReadingRoom(store, searchers, policy, accounts, audit, monitor, clock);
    }

    /** The records officers' declassification desk, reading through the reading room. */
    public DeclassificationDesk declassificationDesk() {
        return new DeclassificationDesk(readingRoom(), ledger, audit, clock);
    }

    /**
     * The committed index, opened for searching only (any number of processes may search beside an import).
     *
     * @throws IllegalStateException when the archive has no index yet, with a message saying what to run
     */
    public ReadOnlyIndex searchIndex() {
        if (searchIndex == null) {
            searchIndex = ReadOnlyIndex.open(location.dataDirectory());
        }
        return searchIndex;
    }

    /** Creates an empty committed index when the archive has none yet, so that a server can search from the start. */
    public void ensureIndex() {
        if (writableIndex == null && !Files.isDirectory(LuceneCableIndex.indexDirectory(location.dataDirectory()))) {
            try (LuceneCableIndex created = LuceneCableIndex.open(location.dataDirectory())) {
                created.commit(0);
            }
        }
    }

    /** The index for writing, holding its lock until the archive closes: for the process that imports. */
    public CableIndex writableIndex() {
        if (writableIndex == null) {
            writableIndex = LuceneCableIndex.open(location.dataDirectory());
        }
        return writableIndex;
    }

    /**
     * Takes cables written since the index's last commit into the index and commits, so that a cable just stored
     * (a release, a received cable) is searchable at once. Uses the index this process writes when it has one; else
     * takes the index's write lock for the moment it needs, and refreshes this process's searchers. When another
     * process holds the lock (an import running), the cables stay for that process or the next call.
     *
     * @return whether the index is now up to date with the store
     */
    public synchronized boolean indexNewCables() {
        if (writableIndex != null) {
            catchUp(writableIndex);
            return true;
        }
        try (LuceneCableIndex index = LuceneCableIndex.open(location.dataDirectory())) {
            catchUp(index);
        } catch (UncheckedIOException lockedOrUnreadable) {
            if (lockedOrUnreadable.getCause() instanceof LockObtainFailedException) {
                return false;
            }
            throw lockedOrUnreadable;
        }
        if (searchIndex != null) {
            try {
                searchIndex.searchers().maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot refresh the searchers", e);
            }
        }
        return true;
    }

    /**
     * Asks for {@link #indexNewCables} on the archive's indexing thread and returns at once: requests made while a
     * catch-up runs are served by one more catch-up, so a burst of releases costs a few index commits, not one each.
     * A cable is searchable a few milliseconds after the call; {@link #awaitIndexed} waits for it.
     */
    public void indexNewCablesSoon() {
        synchronized (indexing) {
            if (indexer == null) {
                indexer = Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "chancery-indexer");
                    t.setDaemon(true);
                    return t;
                });
            }
            if (indexPending) {
                return;
            }
            indexPending = true;
            lastIndexing = indexer.submit(() -> {
                synchronized (indexing) {
                    indexPending = false;
                }
                indexNewCables();
            });
        }
    }

    /** Waits until every catch-up asked for by {@link #indexNewCablesSoon} so far has run. */
    public void awaitIndexed() {
        Future<?> last;
        synchronized (indexing) {
            last = lastIndexing;
        }
        if (last == null) {
            return;
        }
        try {
            last.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("indexing new cables failed", e.getCause());
        }
    }

    private void catchUp(CableIndex index) {
        IndexRebuilder.catchUp(store, index, INDEX_BATCH);
    }

    /** How many writes of the store the committed index has not taken in yet (0 without an index). */
    public long indexLag() {
        try {
            long committed = writableIndex != null
                    ? writableIndex.committedSequence()
                    : searchIndex().committedSequence();
            return Math.max(0, store.lastSequence() - committed);
        } catch (IllegalStateException noIndexYet) {
            return 0;
        }
    }

    @Override
    public void close() {
        if (indexer != null) {
            awaitIndexed();
            indexer.shutdown();
        }
        try (store;
                accounts;
                audit;
                monitor;
                ledger) {
            if (writableIndex != null) {
                writableIndex.close();
            }
            if (searchIndex != null) {
                searchIndex.close();
            }
        }
    }
}
