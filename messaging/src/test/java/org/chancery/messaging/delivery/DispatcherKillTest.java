package org.chancery.messaging.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.chancery.messaging.MessagingFixture;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.draft.Draft;
import org.chancery.messaging.draft.DraftAddressee;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.telegram.post.PostDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once, proven the hard way: a real dispatcher process is killed with {@code kill -9} at random points while
 * it delivers thousands of deliveries, restarted, killed again, until the outbox is empty. Every delivery must then
 * be in its post's inbox once: none lost, none twice, and the repeats the kills caused must have been offered to
 * the inbox and dropped there.
 */
class DispatcherKillTest {

    private static final int CABLES = 150;
    private static final int POSTS = 20;

    @TempDir
    Path dir;

    @Test
    void killedDispatcherDeliversEveryDeliveryExactlyOnce() throws Exception {
        String database = "jdbc:sqlite:" + dir.resolve("chancery.db").toAbsolutePath();
        List<String> expected = new ArrayList<>();
        try (MessagingFixture f = MessagingFixture.sqlite(dir, Clock.systemUTC())) {
            List<String> members = PostDirectory.all().stream()
                    .map(p -> p.route())
                    .filter(r -> !r.equals("RUEHLO"))
                    .limit(POSTS)
                    .toList();
            f.messaging.putDirectoryEntry(
                    f.admin,
                    new RoutingEntry(
                            "RUEHZZ",
                            "KILL TEST COLLECTIVE",
                            RoutingEntry.Kind.COLLECTIVE,
                            RoutingEntry.Source.ADMIN,
                            0,
                            members));
            RoutingEntry london = f.messaging.directory().resolve("RUEHLO");
            String[] precedences = {"ROUTINE", "PRIORITY", "IMMEDIATE", "FLASH"};
            for (int i = 0; i < CABLES; i++) {
                DraftContent d = MessagingFixture.londonDraft(precedences[i % precedences.length]);
                d = d.withAddressees(
                        List.of(new DraftAddressee("RUEHZZ", precedences[i % precedences.length])), List.of());
                Draft draft = f.messaging.drafts().create(f.drafter, london, d, Draft.Kind.ORIGINAL, null);
                f.messaging
                        .releaseDesk()
                        .release(f.releaser, draft.id())
                        .deliveries()
                        .forEach(x -> expected.add(x.key()));
            }
        }
        assertThat(expected).hasSize(CABLES * POSTS);

        Random random = new Random(20261206);
        int kills = 0;
        int repeats = 0;
        boolean done = false;
        while (!done) {
            Run run = runAndMaybeKill(database, 2 + random.nextInt(8), random.nextInt(30));
            repeats += run.repeats;
            if (run.killed) {
                kills++;
            }
            done = run.finished;
        }

        Set<String> received;
        long rows;
        try (MessagingFixture f = MessagingFixture.reopen(dir, database)) {
            var inbox = f.messaging.inbox();
            List<String> keys = new ArrayList<>();
            for (String route : inbox.counts().keySet()) {
                inbox.entries(route, Integer.MAX_VALUE)
                        .forEach(e -> keys.add(e.referenceId() + "/" + e.postRoute() + "/" + e.mcn()));
            }
            rows = keys.size();
            received = new HashSet<>(keys);
            assertThat(f.messaging.outbox().depth().queued()).isZero();
        }
        Set<String> lost = new HashSet<>(expected);
        lost.removeAll(received);
        System.out.printf(
                "[kill -9] kills=%d deliveries=%d received=%d lost=%d duplicated=%d repeats-dropped=%d%n",
                kills, expected.size(), received.size(), lost.size(), rows - received.size(), repeats);
        assertThat(kills).as("kills that hit a running dispatcher").isGreaterThanOrEqualTo(10);
        assertThat(lost).as("lost").isEmpty();
        assertThat(rows).as("inbox rows (duplicates would be extra)").isEqualTo(expected.size());
        assertThat(received).isEqualTo(new HashSet<>(expected));
    }

    private record Run(boolean killed, boolean finished, int repeats) {}

    /** Starts a dispatcher; kills it after some rounds plus a few milliseconds unless it finishes first. */
    private Run runAndMaybeKill(String database, int rounds, int extraMillis) throws Exception {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                DispatcherProcess.class.getName(),
                dir.toString(),
                database,
                "25");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        int repeats = 0;
        List<String> output = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            String line;
            while ((line = out.readLine()) != null) {
                output.add(line);
                if (line.startsWith("done")) {
                    p.waitFor();
                    return new Run(false, true, repeats);
                }
                if (line.startsWith("round")) {
                    repeats += Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1));
                    if (++seen >= rounds) {
                        Thread.sleep(extraMillis);
                        p.destroyForcibly();
                        p.waitFor();
                        return new Run(true, false, repeats);
                    }
                }
            }
        }
        int code = p.waitFor();
        throw new AssertionError("dispatcher exited with " + code + " before finishing:\n"
                + output.stream().collect(Collectors.joining("\n")));
    }
}
