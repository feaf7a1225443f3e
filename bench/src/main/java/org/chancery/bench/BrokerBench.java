package org.chancery.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.chancery.archive.Archive;
import org.chancery.archive.access.Principal;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.chancery.messaging.MessagingSettings;
import org.chancery.messaging.broker.BrokerCredentials;
import org.chancery.messaging.broker.BrokerProcess;
import org.chancery.messaging.broker.BrokerSettings;
import org.chancery.messaging.broker.PostNode;
import org.chancery.messaging.delivery.Delivery;
import org.chancery.messaging.delivery.Outbox;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.draft.Draft;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.telegram.model.Precedence;

/**
 * Messaging figures over real brokers: London's and the Department's Artemis brokers, each an OS process of its
 * own, London's bridging to the Department's; London's node sends through {@code ArtemisTransport}, the
 * Department's node receives with {@code ArtemisReceiver} into its inbox, each on its own SQLite archive. Prints
 * deliveries per second end to end (London's outbox to the Department's inbox, durable at every hop) and the
 * latency of FLASH releases made while a ROUTINE backlog is on its way ahead of them.
 *
 * <pre>
 * java -cp "bench/target/chancery-bench.jar:bench/target/lib/*" org.chancery.bench.BrokerBench [DELIVERIES] [BACKLOG] [FLASHES]
 * </pre>
 */
public final class BrokerBench {

    private static final String PASSWORD = "benchmark passphrase long enough";
    private static final BrokerCredentials BROKER = new BrokerCredentials("chancery", "benchmark broker passphrase");

    private BrokerBench() {}

    public static void main(String[] args) throws Exception {
        int deliveries = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int backlog = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int flashes = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path dir = Files.createTempDirectory("chancery-broker-bench");
        int londonPort = freePort();
        int washingtonPort = freePort();
        BrokerSettings washingtonBroker =
                new BrokerSettings("RUEHC", "localhost", washingtonPort, dir.resolve("broker-RUEHC"), BROKER, Map.of());
        BrokerSettings londonBroker = new BrokerSettings(
                "RUEHLO",
                "localhost",
                londonPort,
                dir.resolve("broker-RUEHLO"),
                BROKER,
                Map.of("RUEHC", washingtonBroker.url()));
        System.out.println("broker bench: 2 Artemis broker processes (RUEHLO -> bridge -> RUEHC), SQLite nodes, "
                + Runtime.getRuntime().availableProcessors() + " cores, rounds and batches of "
                + MessagingSettings.defaults().roundSize());
        MessagingSettings settings = MessagingSettings.defaults();
        Principal drafter = BenchTraffic.londoner("bench.drafter", "drafter");
        Principal releaser = BenchTraffic.londoner("bench.releaser", "releasing-officer");
        try (BrokerProcess washingtonProcess = BrokerProcess.start(washingtonBroker);
                BrokerProcess londonProcess = BrokerProcess.start(londonBroker);
                Archive londonArchive = open(dir.resolve("node-RUEHLO"));
                Archive washingtonArchive = open(dir.resolve("node-RUEHC"));
                PostNode london = PostNode.open(londonArchive, settings, londonProcess.endpoint(), "RUEHLO");
                PostNode washington =
                        PostNode.open(washingtonArchive, settings, washingtonProcess.endpoint(), "RUEHC")) {
            londonArchive.accounts().create(drafter, PASSWORD.toCharArray());
            londonArchive.accounts().create(releaser, PASSWORD.toCharArray());
            RoutingEntry post = london.messaging().directory().resolve("RUEHLO");
            AtomicLong fresh = new AtomicLong();
            Map<String, Long> flashArrived = new ConcurrentHashMap<>();
            washington.receiver().afterEachBatch(b -> {
                long now = System.nanoTime();
                fresh.addAndGet(b.fresh());
                for (Delivery d : b.deliveries()) {
                    if (d.precedence() == Precedence.FLASH) {
                        flashArrived.putIfAbsent(d.referenceId(), now);
                    }
                }
            });
            // a real release gives the cable every queued delivery carries (as MessagingBench queues them)
            Draft first =
                    london.messaging().drafts().create(drafter, post, draft("ROUTINE"), Draft.Kind.ORIGINAL, null);
            Delivery released = london.messaging()
                    .releaseDesk()
                    .release(releaser, first.id())
                    .deliveries()
                    .get(0);
            london.start();
            washington.start();
            awaitFresh(fresh, 1);

            // warm-up, then throughput
            enqueueRoutine(londonArchive, released, 500, "WARMUP");
            awaitFresh(fresh, 501);
            enqueueRoutine(londonArchive, released, deliveries, "THROUGHPUT");
            long t0 = System.nanoTime();
            long sentBefore = london.messaging().dispatcher().sentSoFar();
            long outboxEmpty = 0;
            while (fresh.get() < 501 + deliveries) {
                if (outboxEmpty == 0 && london.messaging().dispatcher().sentSoFar() - sentBefore >= deliveries) {
                    outboxEmpty = System.nanoTime();
                }
                Thread.sleep(2);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (outboxEmpty == 0) {
                outboxEmpty = System.nanoTime();
            }
            System.out.printf(
                    Locale.ROOT,
                    "delivery: %d deliveries in %.2f s = %.0f deliveries/s end to end (outbox -> London's broker ->"
                            + " bridge -> the Department's broker -> inbox, durable at each hop)%n",
                    deliveries,
                    seconds,
                    deliveries / seconds);
            System.out.printf(
                    Locale.ROOT,
                    "          of which London's outbox was sent to its broker after %.2f s = %.0f deliveries/s"
                            + " (ArtemisTransport, committed in rounds)%n",
                    (outboxEmpty - t0) / 1e9,
                    deliveries / ((outboxEmpty - t0) / 1e9));

            List<Long> drafts = new ArrayList<>();
            for (int i = 0; i < flashes; i++) {
                drafts.add(london.messaging()
                        .drafts()
                        .create(drafter, post, draft("FLASH"), Draft.Kind.ORIGINAL, null)
                        .id());
            }
            long expected = 501 + deliveries;
            long[] micros = new long[flashes];
            long minAhead = Long.MAX_VALUE;
            int topUps = 0;
            for (int i = 0; i < flashes; i++) {
                long ahead = expected - fresh.get();
                if (ahead < backlog / 2) {
                    enqueueRoutine(londonArchive, released, backlog, "BACKLOG" + topUps++);
                    expected += backlog;
                    // let the backlog get onto the brokers: the FLASH must overtake it there, not only in the outbox
                    Thread.sleep(300);
                    ahead = expected - fresh.get();
                }
                minAhead = Math.min(minAhead, ahead);
                long start = System.nanoTime();
                String id = london.messaging()
                        .releaseDesk()
                        .release(releaser, drafts.get(i))
                        .referenceId();
                expected++;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!flashArrived.containsKey(id) && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                Long end = flashArrived.get(id);
                if (end == null) {
                    throw new IllegalStateException("FLASH " + id + " did not arrive within 60 s");
                }
                micros[i] = (end - start) / 1_000;
            }
            Arrays.sort(micros);
            System.out.printf(
                    Locale.ROOT,
                    "flash:    %d FLASH releases with >= %d ROUTINE ahead of them (outbox and brokers): release at"
                            + " London to the Department's inbox p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    flashes,
                    minAhead,
                    micros[flashes / 2] / 1000.0,
                    micros[(int) Math.min(flashes - 1, Math.ceil(flashes * 0.99) - 1)] / 1000.0,
                    micros[flashes - 1] / 1000.0);
        }
    }

    private static Archive open(Path dir) throws Exception {
        Files.createDirectories(dir);
        Archive a = Archive.open(
                new ArchiveLocation(dir, DatabaseTarget.sqlite(dir.resolve("chancery.db"))), Clock.systemUTC());
        a.ensureIndex();
        return a;
    }

    private static void awaitFresh(AtomicLong fresh, long n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (fresh.get() < n) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + fresh.get() + " of " + n + " deliveries arrived");
            }
            Thread.sleep(2);
        }
    }

    /** Queues ROUTINE deliveries for the Department straight into London's outbox, as releases would. */
    private static void enqueueRoutine(Archive archive, Delivery cable, int n, String batch) {
        // one cable, n continuity numbers: each a delivery of its own with its own key
        Instant now = Instant.now();
        for (int from = 0; from < n; from += 1_000) {
            List<Delivery> rows = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + 1_000); i++) {
                rows.add(new Delivery(
                        cable.referenceId(),
                        "RUEHC",
                        "SECSTATE WASHDC",
                        batch + "-" + String.format(Locale.ROOT, "%05d", i),
                        Precedence.ROUTINE,
                        now,
                        cable.cableJson()));
            }
            archive.store().writeTogether((c, cables) -> {
                Outbox.enqueue(c, rows);
                return null;
            });
        }
    }

    private static int freePort() throws java.io.IOException {
        try (var s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static DraftContent draft(String precedence) {
        return BenchTraffic.draft("BROKER BENCHMARK TRAFFIC", precedence, List.of());
    }
}
