package org.chancery.server.config;

import java.time.Clock;
import org.chancery.archive.Archive;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.account.Accounts;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.monitor.AccessMonitor;
import org.chancery.archive.room.ReadingRoom;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The archive the server reads, wired by the archive's one composition root ({@link Archive}, which the command line
 * uses too): its database migrated first, the store, accounts, audit log, access monitor, the access policy over the
 * declassification ledger, and the reading room over them. The server searches the committed index without its
 * write lock. Nothing in the web layer touches the store or the index; every read goes through {@link ReadingRoom}.
 */
@Configuration(proxyBeanMethods = false)
public class ArchiveConfiguration {

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    public Archive archive(ArchiveLocation location, Clock clock) {
        Archive archive = Archive.open(location, clock);
        archive.ensureIndex();
        return archive;
    }

    @Bean
    public Accounts accounts(Archive archive) {
        return archive.accounts();
    }

    @Bean
    public AuditLog auditLog(Archive archive) {
        return archive.audit();
    }

    @Bean
    public AccessMonitor accessMonitor(Archive archive) {
        return archive.monitor();
    }

    @Bean
    public AccessPolicy accessPolicy(Archive archive) {
        return archive.policy();
    }

    @Bean
    public ReadingRoom readingRoom(Archive archive) {
        return archive.readingRoom();
    }
}
