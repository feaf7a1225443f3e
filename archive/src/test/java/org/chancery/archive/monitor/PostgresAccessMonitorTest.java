package org.chancery.archive.monitor;

import org.chancery.archive.jdbc.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The access monitor contract on PostgreSQL, run when {@code CHANCERY_TEST_PG_URL} names a database. */
@EnabledIfEnvironmentVariable(named = TestDatabase.PG_URL_ENV, matches = "jdbc:postgresql:.+")
class PostgresAccessMonitorTest extends AccessMonitorContract {

    @Override
    TestDatabase freshDatabase() throws Exception {
        return TestDatabase.postgres();
    }
}
