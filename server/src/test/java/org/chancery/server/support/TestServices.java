package org.chancery.server.support;

import org.chancery.archive.account.Accounts;
import org.chancery.archive.monitor.AccessMonitor;
import org.springframework.context.annotation.Bean;

/**
 * The beans the server's tests add: the bulk-access monitor, until the archive's JDBC monitor lands on this branch.
 * Not annotated, so component scanning never picks it up; tests hand it to {@code ChanceryServer.start}.
 */
public class TestServices {

    @Bean
    public AccessMonitor accessMonitor(Accounts accounts) {
        return new InMemoryAccessMonitor(accounts);
    }
}
