package org.chancery.messaging.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.MessagingSettings;
import org.chancery.messaging.draft.DraftAddressee;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly once across crashes, with every piece in a process of its own: London's node releases ROUTINE traffic for
 * the Department while the Department's broker is killed with {@code kill -9} and restarted, and then the
 * Department's node process is killed the same way in the middle of receiving. Every delivery must end up in the
 * Department's inbox once: none lost in the broker that died, none twice from the bridge's or the broker's retries.
 */
class BrokerKillTest {

    private static final int CABLES = 150;

    @TempDir
    Path dir;

    /** The inbox's count when the running node process started, and what it received since. */
    private final AtomicInteger base = new AtomicInteger();

    private final AtomicInteger fresh = new AtomicInteger();
    private final AtomicInteger repeats = new AtomicInteger();

    @Test
    void killedBrokerAndKilledNodeLoseAndDuplicateNothing() throws Exception {
        Path washingtonData = dir.resolve("node-RUEHC");
        PostArchive.create(washingtonData).close();
        List<String> expected = new ArrayList<>();
        int brokerKills = 0;
        int nodeKills = 0;
        // the brokers start while London releases its traffic into the outbox; it flows once London's node starts
        AtomicReference<BrokerNetwork> started = new AtomicReference<>();
        AtomicReference<Exception> startFailure = new AtomicReference<>();
        Thread starting = Thread.ofPlatform().start(() -> {
            try {
                started.set(BrokerNetwork.start(dir, "RUEHLO", "RUEHC"));
            } catch (Exception e) {
                startFailure.set(e);
            }
        });
        PostArchive londonArchive = PostArchive.create(dir.resolve("node-RUEHLO"));
        PostNode london = null;
        Process node = null;
        try {
            // releasing needs no broker: the deliveries wait in the outbox until the node is started
            london = PostNode.open(
                    londonArchive.archive,
                    MessagingSettings.defaults(),
                    new BrokerEndpoint("tcp://localhost:1", BrokerNetwork.CREDENTIALS),
                    "RUEHLO");
            for (int i = 0; i < CABLES; i++) {
                PostArchive.release(
                                london.messaging(),
                                "ROUTINE",
                                List.of(new DraftAddressee("RUEHC/SECSTATE WASHDC", "ROUTINE")),
                                List.of())
                        .forEach(d -> expected.add(d.key()));
            }
            london.close();
            starting.join();
            if (startFailure.get() != null) {
                throw startFailure.get();
            }
            BrokerNetwork network = started.get();
            try (network) {
                london = PostNode.open(
                        londonArchive.archive, MessagingSettings.defaults(), network.endpoint("RUEHLO"), "RUEHLO");
                node = startNode(washingtonData, network.endpoint("RUEHC"));
                long t0 = System.nanoTime();
                london.start();

                awaitFresh(CABLES / 4);
                // the Department's broker dies with traffic in its journal, in the bridge and on its way to the node
                log(t0, "killing the Department's broker");
                network.broker("RUEHC").kill();
                brokerKills++;
                network.broker("RUEHC").restart();
                log(t0, "the Department's broker restarted");

                awaitFresh(CABLES / 2);
                // the node dies in the middle of its work: stored or not, the broker has the batch unacknowledged
                log(t0, "killing the Department's node");
                node.destroyForcibly().waitFor();
                nodeKills++;
                node = startNode(washingtonData, network.endpoint("RUEHC"));

                awaitFresh(CABLES);
                log(t0, "all received");
                // anything still to come would be a duplicate: give it the time a redelivery takes
                Thread.sleep(1_000);
                node.destroy();
                assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(london.messaging().outbox().depth().queued()).isZero();
            }
        } finally {
            if (node != null) {
                node.destroyForcibly().waitFor();
            }
            if (london != null) {
                london.close();
            }
            londonArchive.close();
            starting.join();
            if (started.get() != null) {
                started.get().close();
            }
        }

        List<String> rows;
        try (PostArchive washington = PostArchive.reopen(washingtonData);
                Messaging messaging = Messaging.open(washington.archive, MessagingSettings.defaults())) {
            rows = PostArchive.inboxKeys(messaging.inbox(), "RUEHC");
        }
        PostArchive.Tally tally = PostArchive.tally("broker kill -9", expected, rows);
        System.out.printf(
                "[broker kill -9] broker kills=%d node kills=%d repeats dropped by the inbox=%d%n",
                brokerKills, nodeKills, repeats.get());
        assertThat(expected).hasSize(CABLES);
        assertThat(tally.lost()).as("lost").isZero();
        assertThat(tally.duplicated()).as("duplicated").isZero();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(base.get() + fresh.get())
                .as("what the last node process saw")
                .isEqualTo(CABLES);
    }

    private void log(long t0, String what) {
        System.out.printf(
                "[broker kill -9] %5.1f s: %s (%d received)%n",
                (System.nanoTime() - t0) / 1e9, what, base.get() + fresh.get());
    }

    private Process startNode(Path data, BrokerEndpoint broker) throws IOException, InterruptedException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                NodeProcess.class.getName(),
                data.toString(),
                "RUEHC",
                broker.url());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(broker.credentials().asEnvironment());
        Process p = builder.start();
        Thread.ofPlatform().daemon(true).start(() -> follow(p));
        return p;
    }

    private void follow(Process p) {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("node ready with ")) {
                    fresh.set(0);
                    base.set(Integer.parseInt(line.substring("node ready with ".length())));
                } else if (line.startsWith("batch ")) {
                    String[] f = line.split(" ");
                    int size = Integer.parseInt(f[1]);
                    int n = Integer.parseInt(f[3]);
                    fresh.addAndGet(n);
                    repeats.addAndGet(size - n);
                }
            }
        } catch (IOException killed) {
            // the process was killed; its output ends here
        }
    }

    private void awaitFresh(int atLeast) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (base.get() + fresh.get() < atLeast) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(
                        "the node received " + (base.get() + fresh.get()) + " of " + atLeast + " within 60 s");
            }
            Thread.sleep(20);
        }
    }
}
