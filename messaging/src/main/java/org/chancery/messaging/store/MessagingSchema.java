package org.chancery.messaging.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings messaging's tables to the current schema in the archive's database. Its migrations keep a history of their
 * own ({@code flyway_messaging_history}), so the archive's and messaging's versions never collide and an archive
 * that has never sent a cable is not touched until messaging opens it.
 */
public final class MessagingSchema {

    private MessagingSchema() {}

    public static void migrate(DataSource archiveDatabase) {
        Flyway.configure()
                .dataSource(archiveDatabase)
                .locations("classpath:db/messaging")
                .table("flyway_messaging_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
