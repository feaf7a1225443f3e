package org.chancery.archive.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.chancery.archive.access.AccessCorpus;
import org.chancery.archive.access.ArchivePolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.JdbcAccounts;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditQuery;
import org.chancery.archive.audit.JdbcAuditLog;
import org.chancery.archive.config.DatabaseTarget;
import org.chancery.archive.declass.JdbcDeclassificationLedger;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.monitor.AccessThresholds;
import org.chancery.archive.monitor.JdbcAccessMonitor;
import org.chancery.archive.store.JdbcCableStore;
import org.chancery.archive.store.Schema;
import org.chancery.archive.store.StoredCable;
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
    private final Principal hoarder = new Principal(
            "hoarder",
            org.chancery.telegram.model.Classification.TOP_SECRET,
            true,
            java.util.Set.of(),
            java.util.Set.of(),
            java.util.Set.of("reader"),
            java.util.Set.of());
    private final Principal colleague = new Principal(
            "colleague",
            org.chancery.telegram.model.Classification.TOP_SECRET,
            true,
            java.util.Set.of(),
            java.util.Set.of(),
            java.util.Set.of("reader"),
            java.util.Set.of());
    private JdbcCableStore store;
    private LuceneCableIndex index;
    private JdbcAccounts accounts;
    private JdbcAuditLog audit;
    private JdbcAccessMonitor monitor;
    private JdbcDeclassificationLedger ledger;
    private ReadingRoom room;
    private List<String> ids;

    @BeforeEach
    void open() {
        DatabaseTarget target = DatabaseTarget.sqlite(dir.resolve("chancery.db"));
        DataSource migrated = Schema.migrate(target);
        store = JdbcCableStore.open(target);
        store.write(AccessCorpus.cables().stream().map(StoredCable::cable).toList());
        index = LuceneCableIndex.open(dir);
        List<StoredCable> stored = new ArrayList<>();
        store.forEachLatestSince(0, stored::add);
        index.upsert(stored);
        index.commit(store.lastSequence());
        ids = stored.stream().map(StoredCable::referenceId).toList();
        accounts = new JdbcAccounts(migrated, clock);
        accounts.create(hoarder, null);
        accounts.create(colleague, null);
        audit = new JdbcAuditLog(migrated);
        monitor = new JdbcAccessMonitor(migrated, accounts, audit, clock);
        monitor.setThresholds(new AccessThresholds(50, 1_000, 1_000));
        ledger = JdbcDeclassificationLedger.open(target, clock);
        room = new ReadingRoom(
                store, index.searchers(), new ArchivePolicy(clock, ledger), accounts, audit, monitor, clock);
    }

    @AfterEach
    void close() {
        ledger.close();
        monitor.close();
        audit.close();
        accounts.close();
        index.close();
        store.close();
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
