package org.chancery.archive.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.JdbcAccounts;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditQuery;
import org.chancery.archive.audit.AuditRecord;
import org.chancery.archive.audit.JdbcAuditLog;
import org.chancery.archive.jdbc.TestDatabase;
import org.chancery.telegram.model.Classification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The access monitor's rules on each database, with time given by the test. */
abstract class AccessMonitorContract {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    abstract TestDatabase freshDatabase() throws Exception;

    TestDatabase database;
    JdbcAccounts accounts;
    JdbcAuditLog audit;
    JdbcAccessMonitor monitor;

    @BeforeEach
    void open() throws Exception {
        database = freshDatabase();
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        accounts = new JdbcAccounts(database.dataSource(), clock);
        audit = new JdbcAuditLog(database.dataSource());
        monitor = new JdbcAccessMonitor(database.dataSource(), accounts, audit, clock);
    }

    @AfterEach
    void close() throws Exception {
        monitor.close();
        audit.close();
        accounts.close();
        database.close();
    }

    Principal reader(String name, String... posts) {
        Principal p =
                new Principal(name, Classification.SECRET, true, Set.of(), Set.of(posts), Set.of("reader"), Set.of());
        accounts.create(p, "a long enough passphrase".toCharArray());
        return p;
    }

    static CableFootprint cable(String id, String origin, String... tags) {
        return new CableFootprint(id, origin, List.of(tags));
    }

    /** 600 distinct cables from 80 foreign posts with 100 TAGS, in batches of 10 over 50 minutes. */
    static List<List<CableFootprint>> bulkDownload() {
        List<List<CableFootprint>> batches = new ArrayList<>();
        for (int b = 0; b < 60; b++) {
            List<CableFootprint> batch = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int n = b * 10 + i;
                batch.add(cable("09POST" + (n % 80) + "X" + n, "Embassy City" + (n % 80), "TAG" + (n % 100), "PREL"));
            }
            batches.add(batch);
        }
        return batches;
    }

    @Test
    void aBulkDownloadSuspendsTheReaderAndRaisesOneAlertPerRule() {
        Principal bulk = reader("bulk", "LONDON");
        List<AccessAlert> raised = new ArrayList<>();
        List<List<CableFootprint>> batches = bulkDownload();
        for (int b = 0; b < batches.size(); b++) {
            raised.addAll(monitor.observe(bulk, batches.get(b), T0.plus(Duration.ofSeconds(50L * b))));
        }

        assertThat(raised)
                .extracting(AccessAlert::rule)
                .containsExactly("new-origins-per-hour", "new-tags-per-hour", "cables-per-hour");
        // Raised by the first batch over each limit: 50 origins; 60 TAGn plus PREL; 510 cables.
        assertThat(raised).extracting(AccessAlert::observed).containsExactly(50L, 61L, 510L);
        assertThat(raised).extracting(AccessAlert::limit).containsExactly(40L, 60L, 500L);
        assertThat(monitor.alerts(true)).containsExactlyElementsOf(raised.reversed());
        String reason = accounts.find("bulk").orElseThrow().suspendedReason();
        assertThat(reason).startsWith("bulk access: new-origins-per-hour 50 > 40 in the hour to");
        List<AuditRecord> alerts = audit.query(new AuditQuery("bulk", AuditAction.ALERT, null, null, null, null, 10));
        assertThat(alerts)
                .extracting(r -> r.entry().target())
                .containsExactly("new-origins-per-hour", "new-tags-per-hour", "cables-per-hour");
        assertThat(alerts.getFirst().entry().permitted()).isFalse();
        assertThat(alerts.getFirst().entry().detail()).contains("50 > 40").endsWith("access suspended");
    }

    @Test
    void ordinaryReadingNeverAlerts() {
        Principal analyst = reader("analyst", "LONDON");
        int n = 0;
        for (int day = 0; day < 20; day++) {
            Instant morning = T0.plus(Duration.ofDays(day));
            for (int i = 0; i < 36; i++) {
                // Mostly the reader's own post, now and then a neighbour, over a working morning.
                String origin = i % 6 == 5 ? "Embassy Dublin" : "Embassy London";
                String tag = i % 4 == 0 ? "PREL" : "ECON";
                List<AccessAlert> alerts = monitor.observe(
                        analyst,
                        List.of(cable("07LONDON" + n++, origin, tag, "UK")),
                        morning.plus(Duration.ofMinutes(5L * i)));
                assertThat(alerts).isEmpty();
            }
        }
        assertThat(accounts.find("analyst").orElseThrow().mayRead()).isTrue();
        assertThat(monitor.alerts(false)).isEmpty();
    }

    @Test
    void theReadersUsualOriginsAndTagsAreNotNew() {
        Principal regular = reader("regular");
        Principal newcomer = reader("newcomer");
        for (int i = 0; i < 50; i++) {
            monitor.observe(
                    regular,
                    List.of(cable("08OLD" + i, "Consulate Town" + i, "T" + i)),
                    T0.minus(Duration.ofDays(20)).plus(Duration.ofMinutes(30L * i)));
        }
        assertThat(monitor.alerts(false)).isEmpty();

        List<CableFootprint> sameSpread = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sameSpread.add(cable("09NEW" + i, "Consulate Town" + i, "T" + i));
        }
        assertThat(monitor.observe(regular, sameSpread, T0)).isEmpty();
        assertThat(monitor.observe(newcomer, sameSpread, T0))
                .extracting(AccessAlert::rule)
                .containsExactly("new-origins-per-hour");
        assertThat(accounts.find("regular").orElseThrow().mayRead()).isTrue();
        assertThat(accounts.find("newcomer").orElseThrow().mayRead()).isFalse();
    }

    @Test
    void readingOlderThanThirtyDaysIsNoLongerUsual() {
        Principal returning = reader("returning");
        List<CableFootprint> spread = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            spread.add(cable("08OLD" + i, "Consulate Town" + i));
        }
        monitor.observe(returning, spread.subList(0, 20), T0.minus(Duration.ofDays(31)));
        monitor.observe(
                returning, spread.subList(20, 40), T0.minus(Duration.ofDays(31)).plus(Duration.ofHours(2)));

        assertThat(monitor.observe(returning, spread, T0.plus(Duration.ofHours(1))))
                .extracting(AccessAlert::observed)
                .containsExactly(45L);
    }

    @Test
    void ownPostsAndEveryPostDoNotCountAsNewOrigins() {
        Principal everywhere = new Principal(
                "roving",
                Classification.SECRET,
                true,
                Set.of(),
                Set.of(Principal.EVERY_POST),
                Set.of("reader"),
                Set.of());
        accounts.create(everywhere, null);
        Principal londoner = reader("londoner", "LONDON", "Embassy Paris");
        List<CableFootprint> wide = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            wide.add(cable("09W" + i, "Consulate Town" + i));
        }
        List<CableFootprint> own = List.of(
                cable("09A1", "Embassy London"),
                cable("09A2", "Consulate General London"),
                cable("09A3", "EMBASSY PARIS"),
                cable("09A4", "Embassy Londonderry"),
                cable("09A5", "Embassy Madrid"));

        assertThat(monitor.observe(everywhere, wide, T0)).isEmpty();
        monitor.setThresholds(new AccessThresholds(500, 1, 60));
        assertThat(monitor.observe(londoner, own, T0))
                .singleElement()
                .satisfies(a ->
                        assertThat(a.observed()).as("Londonderry and Madrid").isEqualTo(2));
    }

    @Test
    void aReinstatedReaderStartsAFreshHourAndIsJudgedAgain() {
        Principal bulk = reader("bulk");
        monitor.setThresholds(new AccessThresholds(20, 40, 60));
        List<CableFootprint> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(cable("09B" + i, "Embassy London"));
        }
        assertThat(monitor.observe(bulk, many, T0)).hasSize(1);
        assertThat(monitor.observe(bulk, List.of(cable("09C1", "Embassy London")), T0.plusSeconds(1)))
                .as("still suspended: the open alert is not raised twice")
                .isEmpty();

        accounts.reinstate("bulk");
        assertThat(monitor.observe(bulk, List.of(cable("09C2", "Embassy London")), T0.plusSeconds(2)))
                .as("the reads that raised the alert were judged then; the reinstated reader starts afresh")
                .isEmpty();
        assertThat(accounts.find("bulk").orElseThrow().suspended()).isFalse();

        List<CableFootprint> more = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            more.add(cable("09D" + i, "Embassy London"));
        }
        List<AccessAlert> again = monitor.observe(bulk, more, T0.plusSeconds(3));
        // 09C1 (read while suspended), 09C2 and the twenty new ones
        assertThat(again).extracting(AccessAlert::observed).containsExactly(22L);
        assertThat(accounts.find("bulk").orElseThrow().suspended()).isTrue();
    }

    @Test
    void thresholdsArePersisted() throws Exception {
        assertThat(monitor.thresholds()).isEqualTo(AccessThresholds.DEFAULT);

        monitor.setThresholds(new AccessThresholds(200, 15, 25));

        try (JdbcAccessMonitor other =
                new JdbcAccessMonitor(database.dataSource(), accounts, audit, Clock.fixed(T0, ZoneOffset.UTC))) {
            assertThat(other.thresholds()).isEqualTo(new AccessThresholds(200, 15, 25));
        }
        assertThatThrownBy(() -> monitor.setThresholds(new AccessThresholds(0, 15, 25)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acknowledgedAlertsLeaveTheOpenList() {
        Principal bulk = reader("bulk");
        monitor.setThresholds(new AccessThresholds(5, 40, 60));
        List<CableFootprint> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(cable("09B" + i, "Embassy London"));
        }
        AccessAlert alert = monitor.observe(bulk, six, T0).getFirst();

        monitor.acknowledge(alert.id(), "admin");
        monitor.acknowledge(alert.id(), "someone-else");

        assertThat(monitor.alerts(true)).isEmpty();
        assertThat(monitor.alerts(false))
                .containsExactly(new AccessAlert(alert.id(), T0, "bulk", "cables-per-hour", 6, 5, "admin"));
        assertThatThrownBy(() -> monitor.acknowledge(999, "admin"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no alert numbered 999");
    }
}
