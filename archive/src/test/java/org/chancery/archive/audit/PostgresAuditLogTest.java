package org.chancery.archive.audit;

import org.chancery.archive.jdbc.TestDatabase;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The audit log contract on PostgreSQL, run when {@code CHANCERY_TEST_PG_URL} names a database. */
@EnabledIfEnvironmentVariable(named = TestDatabase.PG_URL_ENV, matches = "jdbc:postgresql:.+")
class PostgresAuditLogTest extends AuditLogContract {

    @Override
    TestDatabase freshDatabase() throws Exception {
        return TestDatabase.postgres();
    }

    @Override
    String[] dropTriggers() {
        return new String[] {
            "DROP TRIGGER audit_record_no_change ON audit_record", "DROP TRIGGER audit_head_no_delete ON audit_head"
        };
    }
}
