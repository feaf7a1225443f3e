package org.chancery.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
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
import org.chancery.archive.jdbc.Schema;
import org.chancery.archive.monitor.AccessMonitor;
import org.chancery.archive.monitor.JdbcAccessMonitor;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.JdbcCableStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The archive the server reads: its database (migrated once, first), the store, the index's searchers, accounts,
 * the audit log, the bulk-access monitor, the access policy over the declassification ledger, and the reading room
 * over them. Nothing in the web layer touches the store or the index; everything goes through {@link ReadingRoom}.
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

    @Bean
    public ReadingRoom readingRoom(
            CableStore store,
            LuceneCableIndex index,
            AccessPolicy policy,
            Accounts accounts,
            AuditLog audit,
            AccessMonitor monitor,
            Clock clock) {
        return new ReadingRoom(store, index.searchers(), policy, accounts, audit, monitor, clock);
    }
}
