package org.chancery.cli.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Arrays;
import javax.sql.DataSource;
import org.apache.lucene.search.SearcherManager;
import org.chancery.archive.access.ArchivePolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.AccountException;
import org.chancery.archive.account.Accounts;
import org.chancery.archive.account.JdbcAccounts;
import org.chancery.archive.account.SignInResult;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.audit.JdbcAuditLog;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.declass.DeclassificationDesk;
import org.chancery.archive.declass.JdbcDeclassificationLedger;
import org.chancery.archive.index.CableIndex;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.index.ReadOnlyIndex;
import org.chancery.archive.jdbc.Schema;
import org.chancery.archive.monitor.AccessMonitor;
import org.chancery.archive.monitor.JdbcAccessMonitor;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.JdbcCableStore;

/**
 * The archive as one command uses it: the store, the index when needed, the accounts, audit log and access monitor,
 * and the reader the command acts for: the local operator, or the account named by {@code --as} once signed in.
 */
public final class ArchiveSession implements AutoCloseable {

    private final ArchiveLocation location;
    private final CableStore store;
    private final JdbcAccounts accounts;
    private final JdbcAuditLog audit;
    private final JdbcAccessMonitor monitor;
    private final Clock clock;
    private final DataSource migrated;
    private Principal reader;
    private CableIndex index;
    private JdbcDeclassificationLedger ledger;
    private ArchivePolicy policy;
    private ReadOnlyIndex searchIndex;

    private ArchiveSession(ArchiveLocation location, DataSource migrated, Clock clock) {
        this.location = location;
        this.migrated = migrated;
        this.clock = clock;
        this.store = JdbcCableStore.connect(migrated, location.database());
        this.accounts = new JdbcAccounts(migrated, clock);
        this.audit = new JdbcAuditLog(migrated);
        this.monitor = new JdbcAccessMonitor(migrated, accounts, audit, clock);
    }

    /**
     * Opens the archive the options name and establishes who acts: creates the operator account on first use, and
     * signs in (audited) when {@code --as} names an account.
     *
     * @throws CommandRefusedException when the sign-in is refused
     */
    public static ArchiveSession open(ArchiveOptions options) {
        ArchiveLocation location = options.location();
        try {
            Files.createDirectories(location.dataDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + location.dataDirectory(), e);
        }
        ArchiveSession session = new ArchiveSession(location, Schema.migrate(location.database()), Clock.systemUTC());
        try {
            Principal operator = session.ensureOperator();
            session.reader = options.actingAs() == null ? operator : session.signIn(options.actingAs(), options);
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** The set-up account: the command line of the installation, with every right and no password. */
    private Principal ensureOperator() {
        var existing = accounts.find(Accounts.OPERATOR);
        if (existing.isPresent()) {
            return existing.get().principal();
        }
        try {
            return accounts.create(Principal.OPERATOR, null).principal();
        } catch (AccountException createdMeanwhile) {
            return accounts.find(Accounts.OPERATOR).orElseThrow().principal();
        }
    }

    private Principal signIn(String name, ArchiveOptions options) {
        char[] password = PasswordInput.forSignIn(name, options.env());
        SignInResult result;
        try {
            result = accounts.signIn(name, password, clock.instant());
        } finally {
            Arrays.fill(password, '\0');
        }
        audit.record(new AuditEntry(
                clock.instant(),
                name,
                AuditAction.SIGN_IN,
                "command line",
                result.succeeded(),
                result.outcome().name()));
        if (!result.succeeded()) {
            // The same words for every refusal: a wrong password and an unknown account look alike.
            throw new CommandRefusedException("sign-in refused for " + name);
        }
        return result.account().principal();
    }

    ArchiveLocation location() {
        return location;
    }

    /** The raw store, for writing (import); reads for a reader go through {@link #readingRoom()}. */
    CableStore store() {
        return store;
    }

    /** How many writes of the store the committed index has not taken in yet (0 without an index). */
    long indexLag() {
        try {
            return Math.max(0, store.lastSequence() - searchIndex().committedSequence());
        } catch (IllegalStateException noIndexYet) {
            return 0;
        }
    }

    /** The archive's access decision, reading the records officers' decisions from the same database. */
    public ArchivePolicy policy() {
        if (policy == null) {
            ledger = JdbcDeclassificationLedger.connect(migrated, clock);
            policy = new ArchivePolicy(clock, ledger);
        }
        return policy;
    }

    /**
     * The committed index, opened for searching only (any number of commands may search beside an import).
     *
     * @throws IllegalStateException when the archive has no index yet, with a message saying what to run
     */
    public ReadOnlyIndex searchIndex() {
        if (searchIndex == null) {
            searchIndex = ReadOnlyIndex.open(location.dataDirectory());
        }
        return searchIndex;
    }

    /**
     * The reading room for this command's reader: every read through the access decision, audited, watched by the
     * access monitor. Searching needs the index; opening a cable does not, so an archive without one can still be
     * read.
     */
    public ReadingRoom readingRoom() {
        SearcherManager searchers = null;
        try {
            searchers = searchIndex().searchers();
        } catch (IllegalStateException noIndexYet) {
            // reads by id work from the store alone; searches will say that the index is missing
        }
        return new ReadingRoom(store, searchers, policy(), accounts, audit, monitor, clock);
    }

    /** The records officers' declassification desk. */
    public DeclassificationDesk declassificationDesk() {
        ReadingRoom room = readingRoom();
        return new DeclassificationDesk(room, ledger, audit, clock);
    }

    /** Whom the command acts for. */
    public Principal reader() {
        return reader;
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

    public Clock clock() {
        return clock;
    }

    CableIndex index() {
        if (index == null) {
            index = LuceneCableIndex.open(location.dataDirectory());
        }
        return index;
    }

    @Override
    public void close() {
        try (store;
                accounts;
                audit;
                monitor) {
            if (index != null) {
                index.close();
            }
            if (searchIndex != null) {
                searchIndex.close();
            }
            if (ledger != null) {
                ledger.close();
            }
        }
    }
}
