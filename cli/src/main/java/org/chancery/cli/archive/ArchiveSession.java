package org.chancery.cli.archive;

import java.time.Clock;
import java.util.Arrays;
import org.chancery.archive.Archive;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.AccountException;
import org.chancery.archive.account.Accounts;
import org.chancery.archive.account.SignInResult;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.declass.DeclassificationDesk;
import org.chancery.archive.index.CableIndex;
import org.chancery.archive.index.ReadOnlyIndex;
import org.chancery.archive.monitor.AccessMonitor;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.archive.store.CableStore;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.MessagingSettings;

/**
 * The archive as one command uses it (wired by the archive's one composition root, {@link Archive}) and the reader the
 * command acts for: the local operator, or the account named by {@code --as} once signed in.
 */
public final class ArchiveSession implements AutoCloseable {

    private final Archive archive;
    private Principal reader;
    private Messaging messaging;

    private ArchiveSession(Archive archive) {
        this.archive = archive;
    }

    /**
     * Opens the archive the options name and establishes who acts: creates the operator account on first use, and
     * signs in (audited) when {@code --as} names an account.
     *
     * @throws CommandRefusedException when the sign-in is refused
     */
    public static ArchiveSession open(ArchiveOptions options) {
        ArchiveSession session = new ArchiveSession(Archive.open(options.location(), Clock.systemUTC()));
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
        Accounts accounts = archive.accounts();
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
            result = archive.accounts().signIn(name, password, clock().instant());
        } finally {
            Arrays.fill(password, '\0');
        }
        archive.audit()
                .record(new AuditEntry(
                        clock().instant(),
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
        return archive.location();
    }

    /** The raw store, for writing (import); reads for a reader go through {@link #readingRoom()}. */
    CableStore store() {
        return archive.store();
    }

    /** How many writes of the store the committed index has not taken in yet (0 without an index). */
    long indexLag() {
        return archive.indexLag();
    }

    /**
     * The committed index, opened for searching only (any number of commands may search beside an import).
     *
     * @throws IllegalStateException when the archive has no index yet, with a message saying what to run
     */
    public ReadOnlyIndex searchIndex() {
        return archive.searchIndex();
    }

    /** The reading room for this command's reader (see {@link Archive#readingRoom}). */
    public ReadingRoom readingRoom() {
        return archive.readingRoom();
    }

    /** The records officers' declassification desk. */
    public DeclassificationDesk declassificationDesk() {
        return archive.declassificationDesk();
    }

    /** Whom the command acts for. */
    public Principal reader() {
        return reader;
    }

    public Accounts accounts() {
        return archive.accounts();
    }

    public AuditLog audit() {
        return archive.audit();
    }

    public AccessMonitor monitor() {
        return archive.monitor();
    }

    public Clock clock() {
        return archive.clock();
    }

    /** The index for writing: import and reindex hold its lock. */
    CableIndex index() {
        return archive.writableIndex();
    }

    /**
     * Messaging over this archive, embedded (every post's inbox in the archive's database), opened on first use and
     * closed with the session.
     */
    public synchronized Messaging messaging() {
        if (messaging == null) {
            messaging = Messaging.open(archive, MessagingSettings.defaults());
        }
        return messaging;
    }

    @Override
    public void close() {
        try (archive) {
            if (messaging != null) {
                messaging.close();
            }
        }
    }
}
