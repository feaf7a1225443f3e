package org.chancery.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.FullAccessPolicy;
import org.chancery.archive.account.Accounts;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.monitor.AccessMonitor;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.JdbcCableStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The archive the server reads: the store, the index's searchers, the access policy, and the reading room over
 * them. Nothing in the web layer touches the store or the index; everything goes through {@link ReadingRoom}.
 */
@Configuration(proxyBeanMethods = false)
public class ArchiveConfiguration {

    @Bean(destroyMethod = "close")
    public CableStore cableStore(ArchiveLocation location) {
        try {
            Files.createDirectories(location.dataDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + location.dataDirectory(), e);
        }
        return JdbcCableStore.open(location.database());
    }

    @Bean(destroyMethod = "close")
    public LuceneCableIndex cableIndex(ArchiveLocation location) {
        return LuceneCableIndex.open(location.dataDirectory());
    }

    @Bean
    public AccessPolicy accessPolicy() {
        return new FullAccessPolicy();
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
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
