package org.chancery.messaging;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.chancery.archive.Archive;
import org.chancery.archive.access.Principal;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.chancery.archive.jdbc.TestDatabase;
import org.chancery.messaging.draft.DraftAddressee;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.messaging.draft.DraftParagraph;
import org.chancery.telegram.model.Classification;

/**
 * An archive with messaging over it, on a fresh SQLite file or a fresh PostgreSQL schema, and the people of two
 * posts (London and the Department) with the roles messaging needs.
 */
public final class MessagingFixture implements AutoCloseable {

    public static final String PASSWORD = "a long enough test passphrase";

    public final Archive archive;
    public final Messaging messaging;
    private final TestDatabase pg;

    public final Principal drafter = person("lena.drafter", "LONDON", "drafter", "reader");
    public final Principal polOfficer = person("paul.pol", "LONDON", "reader");
    public final Principal releaser = person("rhea.releaser", "LONDON", "releasing-officer", "reader");
    public final Principal washingtonReleaser = person("wes.releaser", "SECSTATE", "releasing-officer", "reader");
    public final Principal dutyOfficer = person("dana.duty", "SECSTATE", "duty-officer", "reader");
    public final Principal washingtonReader = person("walt.reader", "SECSTATE", "reader");
    public final Principal lowReader = new Principal(
            "cory.confidential",
            Classification.CONFIDENTIAL,
            true,
            Set.of(),
            Set.of("SECSTATE"),
            Set.of("reader"),
            Set.of());
    public final Principal admin = person("ada.admin", "*", "administrator", "reader");

    private MessagingFixture(Path dir, TestDatabase pg, Clock clock, MessagingSettings settings) {
        this(
                dir,
                pg,
                pg == null ? DatabaseTarget.sqlite(dir.resolve("chancery.db")) : pg.target(),
                clock,
                settings,
                true);
    }

    private MessagingFixture(
            Path dir,
            TestDatabase pg,
            DatabaseTarget target,
            Clock clock,
            MessagingSettings settings,
            boolean createAccounts) {
        this.pg = pg;
        this.archive = Archive.open(new ArchiveLocation(dir, target), clock);
        archive.ensureIndex();
        for (Principal p : new Principal[] {
            drafter, polOfficer, releaser, washingtonReleaser, dutyOfficer, washingtonReader, lowReader, admin
        }) {
            if (createAccounts) {
                archive.accounts().create(p, PASSWORD.toCharArray());
            }
        }
        this.messaging = Messaging.open(archive, settings);
    }

    public static MessagingFixture sqlite(Path dir, Clock clock) {
        return new MessagingFixture(dir, null, clock, MessagingSettings.defaults());
    }

    public static MessagingFixture sqlite(Path dir, Clock clock, MessagingSettings settings) {
        return new MessagingFixture(dir, null, clock, settings);
    }

    public static MessagingFixture postgres(Path dir, Clock clock) throws Exception {
        return new MessagingFixture(dir, TestDatabase.postgres(), clock, MessagingSettings.defaults());
    }

    /** The same archive opened again (its accounts exist already), for checking what other processes did. */
    public static MessagingFixture reopen(Path dir, String database) {
        return new MessagingFixture(
                dir, null, DatabaseTarget.parse(database), Clock.systemUTC(), MessagingSettings.defaults(), false);
    }

    public static boolean postgresAvailable() {
        return System.getenv(TestDatabase.PG_URL_ENV) != null;
    }

    static Principal person(String name, String post, String... roles) {
        return new Principal(name, Classification.SECRET, true, Set.of(), Set.of(post), Set.of(roles), Set.of());
    }

    /** A confidential cable from London to the Department, with an information copy to Paris. */
    public static DraftContent londonDraft(String precedence) {
        return new DraftContent(
                "CONFIDENTIAL",
                java.util.List.of("SIPDIS"),
                java.util.List.of(),
                "12/06/2036",
                "Lena Drafter, Political Officer, reasons 1.4 (b) and (d)",
                java.util.List.of("PREL", "PGOV", "UK"),
                "(C) HMG VIEWS ON THE SPRING MINISTERIAL",
                java.util.List.of(),
                java.util.List.of(
                        new DraftParagraph("C", "Summary. Officials described the agenda in some detail. End summary."),
                        new DraftParagraph("U", "Comment follows septel.")),
                java.util.List.of(new DraftAddressee("RUEHC/SECSTATE WASHDC", precedence)),
                java.util.List.of(new DraftAddressee("AMEMBASSY PARIS", "ROUTINE")),
                "DRAFTER");
    }

    @Override
    public void close() throws Exception {
        messaging.close();
        archive.close();
        if (pg != null) {
            pg.close();
        }
    }
}
