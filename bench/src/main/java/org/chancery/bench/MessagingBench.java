package org.chancery.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.chancery.archive.Archive;
import org.chancery.archive.access.Principal;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.MessagingSettings;
import org.chancery.messaging.delivery.Delivery;
import org.chancery.messaging.delivery.Outbox;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.draft.Draft;
import org.chancery.messaging.draft.DraftAddressee;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Precedence;

/**
 * Messaging figures on the embedded default (one process, outbox and inboxes in the archive's database): release
 * throughput, durable delivery throughput, and FLASH latency from the start of the release to the addressee's inbox
 * while at least 10,000 ROUTINE deliveries are queued ahead of it.
 *
 * <pre>
 * java -cp "bench/target/chancery-bench.jar:bench/target/lib/*" org.chancery.bench.MessagingBench [RELEASES] [DELIVERIES] [FLASHES] [--db URL]
 * </pre>
 */
public final class MessagingBench {

    private static final String PASSWORD = "benchmark passphrase long enough";

    private MessagingBench() {}

    public static void main(String[] args) throws Exception {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        String db = null;
        int at = a.indexOf("--db");
        if (at >= 0) {
            db = a.get(at + 1);
            a.remove(at + 1);
            a.remove(at);
        }
        int releases = a.size() > 0 ? Integer.parseInt(a.get(0)) : 300;
        int deliveries = a.size() > 1 ? Integer.parseInt(a.get(1)) : 20_000;
        int flashes = a.size() > 2 ? Integer.parseInt(a.get(2)) : 200;
        Path dir = Files.createTempDirectory("chancery-messaging-bench");
        DatabaseTarget target =
                db == null ? DatabaseTarget.sqlite(dir.resolve("chancery.db")) : DatabaseTarget.parse(db);
        System.out.println("messaging bench: embedded, " + target.describe() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        Principal drafter = BenchTraffic.londoner("bench.drafter", "drafter");
        Principal releaser = BenchTraffic.londoner("bench.releaser", "releasing-officer");
        try (Archive archive = Archive.open(new ArchiveLocation(dir, target), Clock.systemUTC());
                Messaging messaging = Messaging.open(archive, MessagingSettings.defaults())) {
            archive.ensureIndex();
            archive.accounts().create(drafter, PASSWORD.toCharArray());
            archive.accounts().create(releaser, PASSWORD.toCharArray());
            RoutingEntry london = messaging.directory().resolve("RUEHLO");

            // warm-up, then release throughput: draft creation is outside the timing, the release is inside it
            releaseAll(messaging, london, drafter, releaser, Math.max(20, releases / 10), "ROUTINE");
            messaging.dispatcher().drain();
            long t0 = System.nanoTime();
            int released = releaseAll(messaging, london, drafter, releaser, releases, "ROUTINE");
            archive.awaitIndexed();
            double releaseSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "release:  %d cables in %.2f s = %.0f cables/s (each stored, indexed," + " 2 deliveries queued)%n",
                    released,
                    releaseSeconds,
                    released / releaseSeconds);

            messaging.dispatcher().drain();
            enqueueRoutine(archive, messaging, deliveries, "DELIVERYBENCH");
            long t1 = System.nanoTime();
            long sent = messaging.dispatcher().drain();
            double deliverySeconds = (System.nanoTime() - t1) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "delivery: %d deliveries in %.2f s = %.0f deliveries/s (outbox to inbox,"
                            + " durable, rounds of %d)%n",
                    sent,
                    deliverySeconds,
                    sent / deliverySeconds,
                    messaging.settings().roundSize());

            latency(archive, messaging, london, drafter, releaser, flashes);
        }
    }

    private static void latency(
            Archive archive, Messaging messaging, RoutingEntry london, Principal drafter, Principal releaser, int n)
            throws InterruptedException {
        ConcurrentHashMap<String, Long> arrived = new ConcurrentHashMap<>();
        messaging.dispatcher().afterEachRound(round -> {
            long now = System.nanoTime();
            for (Delivery d : round) {
                if (d.precedence() == Precedence.FLASH) {
                    arrived.putIfAbsent(d.referenceId(), now);
                }
            }
        });
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            drafts.add(messaging
                    .drafts()
                    .create(drafter, london, draft("FLASH"), Draft.Kind.ORIGINAL, null)
                    .id());
        }
        enqueueRoutine(archive, messaging, 10_000, "QUEUEDROUTINE");
        messaging.dispatcher().start();
        long[] micros = new long[n];
        long minQueued = Long.MAX_VALUE;
        int topUps = 0;
        for (int i = 0; i < n; i++) {
            long queued = messaging.outbox().depth().queued();
            if (queued < 10_000) {
                enqueueRoutine(archive, messaging, 10_000, "TOPUP" + topUps++);
                queued = messaging.outbox().depth().queued();
            }
            minQueued = Math.min(minQueued, queued);
            long start = System.nanoTime();
            String id = messaging.releaseDesk().release(releaser, drafts.get(i)).referenceId();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!arrived.containsKey(id) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            Long end = arrived.get(id);
            if (end == null) {
                throw new IllegalStateException("FLASH " + id + " did not arrive within 30 s");
            }
            micros[i] = (end - start) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf(
                Locale.ROOT,
                "flash:    %d FLASH releases with >= %d ROUTINE queued ahead: release to inbox"
                        + " p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                n,
                minQueued,
                micros[n / 2] / 1000.0,
                micros[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1000.0,
                micros[n - 1] / 1000.0);
    }

    /** Queues ROUTINE deliveries straight into the outbox (as releases would), in batches of one transaction each. */
    private static void enqueueRoutine(Archive archive, Messaging messaging, int n, String prefix) {
        String json = org.chancery.telegram.json.CableJson.compact()
                .withText()
                .write(org.chancery.telegram.model.Cable.builder()
                        .referenceId("26" + prefix + "1")
                        .classification(Classification.UNCLASSIFIED)
                        .subject("QUEUED ROUTINE TRAFFIC")
                        .build());
        Instant now = Instant.now();
        for (int from = 0; from < n; from += 1_000) {
            List<Delivery> batch = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + 1_000); i++) {
                batch.add(new Delivery(
                        "26" + prefix + "1",
                        "RUEHC",
                        "SECSTATE WASHDC",
                        String.format(Locale.ROOT, "%05d", i),
                        Precedence.ROUTINE,
                        now,
                        json));
            }
            archive.store().writeTogether((c, cables) -> {
                Outbox.enqueue(c, batch);
                return null;
            });
        }
    }

    private static int releaseAll(
            Messaging messaging, RoutingEntry london, Principal drafter, Principal releaser, int n, String precedence) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(messaging
                    .drafts()
                    .create(drafter, london, draft(precedence), Draft.Kind.ORIGINAL, null)
                    .id());
        }
        for (long id : ids) {
            messaging.releaseDesk().release(releaser, id);
        }
        return n;
    }

    private static DraftContent draft(String precedence) {
        return BenchTraffic.draft(
                "BENCHMARK TRAFFIC", precedence, List.of(new DraftAddressee("AMEMBASSY PARIS", "ROUTINE")));
    }
}
