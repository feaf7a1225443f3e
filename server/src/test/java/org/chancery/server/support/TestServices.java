package org.chancery.server.support;

import org.chancery.archive.account.Accounts;
import org.chancery.archive.monitor.AccessMonitor;
import org.springframework.context.annotation.Bean;

/**
 * The account, audit and monitor beans the server's tests run with. Not annotated, so component scanning never
 * picks it up; tests hand it to {@code ChanceryServer.start}.
 */
public class TestServices {

    @Bean
    public InMemoryAccounts accounts() {
        return new InMemoryAccounts();
    }

    @Bean
    public InMemoryAuditLog auditLog() {
        return new InMemoryAuditLog();
    }

    @Bean
    public AccessMonitor accessMonitor(Accounts accounts) {
        return new InMemoryAccessMonitor(accounts);
    }

}
