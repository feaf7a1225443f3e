package org.chancery.archive.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.chancery.archive.access.AccessCorpus;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.JdbcAccounts;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditQuery;
import org.chancery.archive.audit.JdbcAuditLog;
import org.chancery.archive.monitor.AccessThresholds;
import org.chancery.archive.monitor.JdbcAccessMonitor;
import org.chancery.archive.store.StoredCable;
import org.chancery.telegram.model.Classification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A simulated bulk download through the reading room: the reader who opens or exports too many cables within an
 * hour is stopped at the threshold, suspended until an administrator reinstates the account, and an alert waits
 * for administrators; an ordinary reader at the same time is not affected.
 */
class BulkDownloadTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC);
    private final Principal hoarder = reader("hoarder");
    private final Principal colleague = reader("colleague");
    private TestReadingRoom archive;
    private JdbcAccounts accounts;
    private JdbcAuditLog audit;
    private JdbcAccessMonitor monitor;
    private ReadingRoom room;
    private List<String> ids;

    @BeforeEach
    void open() {
        archive = new TestReadingRoom(
                dir,
                clock,
                AccessCorpus.cables().stream().map(StoredCable::cable).toList(),
                List.of(hoarder, colleague),
                new AccessThresholds(50, 1_000, 1_000));
        accounts = archive.accounts;
        audit = archive.audit;
        monitor = archive.monitor;
        room = archive.room;
        ids = archive.ids;
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private static Principal reader(String name) {
        return new Principal(name, Classification.TOP_SECRET, true, Set.of(), Set.of(), Set.of("reader"), Set.of());
    }

    @Test
    void openingCableAfterCableIsStoppedAtTheThresholdAndSuspends() {
        AtomicInteger delivered = new AtomicInteger();
        assertThatThrownBy(() -> {
                    for (String id : ids) {
                        room.open(hoarder, id).ifPresent(v -> delivered.incrementAndGet());
                    }
                })
                .isInstanceOf(AccessSuspendedException.class);
        assertThat(delivered.get()).isEqualTo(50);
        assertThat(accounts.find("hoarder").orElseThrow().suspended()).isTrue();
        assertThat(monitor.alerts(true)).anyMatch(a -> a.reader().equals("hoarder"));
        assertThat(audit.query(new AuditQuery("hoarder", AuditAction.ALERT, null, null, null, null, 10)))
                .isNotEmpty();

        // suspended: nothing more, by any way in
        assertThatThrownBy(() -> room.open(hoarder, ids.get(0))).isInstanceOf(AccessSuspendedException.class);
        assertThatThrownBy(() -> room.search(hoarder, org.chancery.archive.search.SearchRequest.of("survey")))
                .isInstanceOf(AccessSuspendedException.class);
        // the colleague reads on
        assertThat(room.open(colleague, ids.get(0))).isPresent();

        accounts.reinstate("hoarder");
        assertThat(room.search(hoarder, org.chancery.archive.search.SearchRequest.of("survey"))
                        .total())
                .isPositive();
    }

    @Test
    void aBulkExportStopsAtTheThresholdToo() {
        AtomicInteger exported = new AtomicInteger();
        assertThatThrownBy(() ->
                        room.export(hoarder, new ExportRequest(null, false, null), v -> exported.incrementAndGet()))
                .isInstanceOf(AccessSuspendedException.class)
                .hasMessageContaining("suspended");
        // the monitor sees exports in batches; the export stops at the first batch over the line
        assertThat(exported.get()).isLessThan(ids.size()).isGreaterThanOrEqualTo(50);
        assertThat(accounts.find("hoarder").orElseThrow().suspended()).isTrue();
    }
}
