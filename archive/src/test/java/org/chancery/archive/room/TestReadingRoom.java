package org.chancery.archive.room;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.chancery.archive.access.ArchivePolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.JdbcAccounts;
import org.chancery.archive.audit.JdbcAuditLog;
import org.chancery.archive.declass.JdbcDeclassificationLedger;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.chancery.archive.jdbc.Schema;
import org.chancery.archive.monitor.AccessThresholds;
import org.chancery.archive.monitor.JdbcAccessMonitor;
import org.chancery.archive.store.JdbcCableStore;
import org.chancery.archive.store.StoredCable;
import org.chancery.telegram.model.Cable;

/**
 * A whole archive on SQLite in a temporary folder, with every real part the reading room needs: store, index,
 * accounts, audit log, access monitor and declassification ledger, all on one clock.
 */
final class TestReadingRoom implements AutoCloseable {

    final JdbcCableStore store;
    final LuceneCableIndex index;
    final JdbcAccounts accounts;
    final JdbcAuditLog audit;
    final JdbcAccessMonitor monitor;
    final JdbcDeclassificationLedger ledger;
    final ReadingRoom room;
    /** The same archive before its first index was built: what the reading room does without one. */
    final ReadingRoom roomWithoutIndex;

    final List<String> ids = new ArrayList<>();

    /** Stores and indexes the cables, and creates an account (without password) for each reader. */
    TestReadingRoom(Path dir, Clock clock, List<Cable> cables, List<Principal> readers, AccessThresholds thresholds) {
        DatabaseTarget target = DatabaseTarget.sqlite(dir.resolve("chancery.db"));
        DataSource migrated = Schema.migrate(target);
        store = JdbcCableStore.open(target);
        store.write(cables);
        index = LuceneCableIndex.open(dir);
        List<StoredCable> stored = new ArrayList<>();
        store.forEachLatestSince(0, stored::add);
        stored.forEach(s -> ids.add(s.referenceId()));
        index.upsert(stored);
        index.commit(store.lastSequence());
        accounts = new JdbcAccounts(migrated, clock);
        readers.forEach(r -> accounts.create(r, null));
        audit = new JdbcAuditLog(migrated);
        monitor = new JdbcAccessMonitor(migrated, accounts, audit, clock);
        monitor.setThresholds(thresholds);
        ledger = JdbcDeclassificationLedger.open(target, clock);
        ArchivePolicy policy = new ArchivePolicy(clock, ledger);
        room = new ReadingRoom(store, index.searchers(), policy, accounts, audit, monitor, clock);
        roomWithoutIndex = new ReadingRoom(store, null, policy, accounts, audit, monitor, clock);
    }

    @Override
    public void close() {
        ledger.close();
        monitor.close();
        audit.close();
        accounts.close();
        index.close();
        store.close();
    }
}
