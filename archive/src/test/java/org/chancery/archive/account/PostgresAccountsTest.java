package org.chancery.archive.account;

import org.chancery.archive.jdbc.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The accounts contract on PostgreSQL, run when {@code CHANCERY_TEST_PG_URL} names a database. */
@EnabledIfEnvironmentVariable(named = TestDatabase.PG_URL_ENV, matches = "jdbc:postgresql:.+")
class PostgresAccountsTest extends AccountsContract {

    @Override
    TestDatabase freshDatabase() throws Exception {
        return TestDatabase.postgres();
    }
}
