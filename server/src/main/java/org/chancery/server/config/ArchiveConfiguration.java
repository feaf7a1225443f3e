package org.chancery.server.config;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.ArchivePolicy;
import org.chancery.archive.account.Accounts;
import org.chancery.archive.account.JdbcAccounts;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.audit.JdbcAuditLog;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.declass.JdbcDeclassificationLedger;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.monitor.JdbcAccessMonitor;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.JdbcCableStore;
import org.chancery.archive.store.Schema;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The archive the server reads: its database (migrated once, first), the store, the index's searchers, accounts,
 * the audit log, the bulk-access monitor, the access policy over the declassification ledger, and the reading room
 * (several, see {@link ReadingRooms}) over them. Nothing in the web layer touches the store or the index; everything
 * goes through {@link ReadingRoom}.
 */
@Configuration(proxyBeanMethods = false)
public class ArchiveConfiguration {

    /** The archive's database, migrated to the current schema before anything uses it. */
    @Bean
    public DataSource archiveDataSource(ArchiveLocation location) {
        try {
            Files.createDirectories(location.dataDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + location.dataDirectory(), e);
        }
        return Schema.migrate(location.database());
    }

    @Bean(destroyMethod = "close")
    public CableStore cableStore(DataSource archiveDataSource, ArchiveLocation location) {
        return JdbcCableStore.connect(archiveDataSource, location.database());
    }

    @Bean(destroyMethod = "close")
    public LuceneCableIndex cableIndex(ArchiveLocation location) {
        return LuceneCableIndex.open(location.dataDirectory());
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    public JdbcAccounts accounts(DataSource archiveDataSource, Clock clock) {
        return new JdbcAccounts(archiveDataSource, clock);
    }

    @Bean(destroyMethod = "close")
    public JdbcAuditLog auditLog(DataSource archiveDataSource) {
        return new JdbcAuditLog(archiveDataSource);
    }

    @Bean(destroyMethod = "close")
    public JdbcAccessMonitor accessMonitor(
            DataSource archiveDataSource, Accounts accounts, AuditLog auditLog, Clock clock) {
        return new JdbcAccessMonitor(archiveDataSource, accounts, auditLog, clock);
    }

    @Bean(destroyMethod = "close")
    public JdbcDeclassificationLedger declassificationLedger(
            ArchiveLocation location, DataSource archiveDataSource, Clock clock) {
        return JdbcDeclassificationLedger.open(location.database(), clock);
    }

    @Bean
    public ArchivePolicy accessPolicy(Clock clock, JdbcDeclassificationLedger ledger) {
        return new ArchivePolicy(clock, ledger);
    }

    /**
     * The reading rooms request threads use: the first over the beans above (which administration and sign-in use
     * too), the others each with a store, accounts, audit log and monitor on connections of their own.
     */
    @Bean(destroyMethod = "")
    public ReadingRooms readingRooms(
            @Value("${chancery.server.reading-rooms:4}") int count,
            ArchiveLocation location,
            DataSource archiveDataSource,
            CableStore store,
            LuceneCableIndex index,
            AccessPolicy policy,
            JdbcAccounts accounts,
            JdbcAuditLog audit,
            JdbcAccessMonitor monitor,
            Clock clock) {
        List<ReadingRoom> lanes = new ArrayList<>();
        lanes.add(new ReadingRoom(store, index.searchers(), policy, accounts, audit, monitor, clock));
        for (int i = 1; i < Math.max(1, count); i++) {
            Lane lane = new Lane(
                    JdbcCableStore.connect(archiveDataSource, location.database()),
                    new JdbcAccounts(archiveDataSource, clock),
                    new JdbcAuditLog(archiveDataSource));
            JdbcAccessMonitor laneMonitor =
                    new JdbcAccessMonitor(archiveDataSource, lane.accounts(), lane.audit(), clock);
            extraLanes.add(lane);
            extraMonitors.add(laneMonitor);
            lanes.add(new ReadingRoom(
                    lane.store(), index.searchers(), policy, lane.accounts(), lane.audit(), laneMonitor, clock));
        }
        return new ReadingRooms(lanes);
    }

    /** The connections of one extra reading room. */
    private record Lane(CableStore store, JdbcAccounts accounts, JdbcAuditLog audit) {}

    private final List<Lane> extraLanes = new ArrayList<>();
    private final List<JdbcAccessMonitor> extraMonitors = new ArrayList<>();

    /** Closes the extra rooms' connections when the server stops. */
    @PreDestroy
    public void closeExtraLanes() {
        extraMonitors.forEach(JdbcAccessMonitor::close);
        for (Lane lane : extraLanes) {
            lane.store().close();
            lane.accounts().close();
            lane.audit().close();
        }
    }
}
