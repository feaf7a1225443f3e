package org.chancery.messaging.broker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chancery.archive.Archive;
import org.chancery.archive.access.Principal;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.MessagingFixture;
import org.chancery.messaging.delivery.Delivery;
import org.chancery.messaging.draft.Draft;
import org.chancery.messaging.draft.DraftAddressee;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.messaging.inbox.Inbox;
import org.chancery.telegram.model.Classification;

/** One post's node archive for a test: its own SQLite file and index, with London's drafter and releaser. */
final class PostArchive implements AutoCloseable {

    static final Principal DRAFTER = new Principal(
            "lena.drafter",
            Classification.SECRET,
            true,
            Set.of(),
            Set.of("LONDON"),
            Set.of("drafter", "reader"),
            Set.of());
    static final Principal RELEASER = new Principal(
            "rhea.releaser",
            Classification.SECRET,
            true,
            Set.of(),
            Set.of("LONDON"),
            Set.of("releasing-officer", "reader"),
            Set.of());

    final Path dir;
    final Archive archive;

    private PostArchive(Path dir, boolean createAccounts) throws Exception {
        this.dir = dir;
        Files.createDirectories(dir);
        this.archive = Archive.open(new ArchiveLocation(dir, database(dir)), Clock.systemUTC());
        archive.ensureIndex();
        if (createAccounts) {
            for (Principal p : List.of(DRAFTER, RELEASER)) {
                archive.accounts().create(p, MessagingFixture.PASSWORD.toCharArray());
            }
        }
    }

    /** A new archive, with the accounts a release at London needs. */
    static PostArchive create(Path dir) throws Exception {
        return new PostArchive(dir, true);
    }

    /** An archive that exists (another process may have written it). */
    static PostArchive reopen(Path dir) throws Exception {
        return new PostArchive(dir, false);
    }

    static DatabaseTarget database(Path dir) {
        return DatabaseTarget.sqlite(dir.resolve("chancery.db"));
    }

    /** Drafts and releases London's test cable with these addressees; returns its deliveries. */
    static List<Delivery> release(
            Messaging london, String precedence, List<DraftAddressee> to, List<DraftAddressee> info) {
        DraftContent d = MessagingFixture.londonDraft(precedence);
        d = d.withAddressees(to, info);
        Draft draft =
                london.drafts().create(DRAFTER, london.directory().resolve("RUEHLO"), d, Draft.Kind.ORIGINAL, null);
        return london.releaseDesk().release(RELEASER, draft.id()).deliveries();
    }

    /** Every delivery key in a post's inbox, one entry per inbox row (a duplicate would appear twice). */
    static List<String> inboxKeys(Inbox inbox, String route) {
        List<String> keys = new ArrayList<>();
        inbox.entries(route, Integer.MAX_VALUE)
                .forEach(e -> keys.add(e.referenceId() + "/" + e.postRoute() + "/" + e.mcn()));
        return keys;
    }

    /** How many expected deliveries an inbox lacks, and how many of its rows repeat another. */
    record Tally(int lost, int duplicated) {}

    /** Counts and prints what an inbox lacks and repeats. */
    static Tally tally(String label, List<String> expected, List<String> rows) {
        Set<String> distinct = new HashSet<>(rows);
        Set<String> lost = new HashSet<>(expected);
        lost.removeAll(distinct);
        int duplicated = rows.size() - distinct.size();
        System.out.printf(
                "[%s] expected=%d received=%d lost=%d duplicated=%d%n",
                label, expected.size(), distinct.size(), lost.size(), duplicated);
        return new Tally(lost.size(), duplicated);
    }

    @Override
    public void close() {
        archive.close();
    }
}
