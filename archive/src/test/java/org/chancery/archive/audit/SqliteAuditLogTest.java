package org.chancery.archive.audit;

import java.nio.file.Path;
import org.chancery.archive.jdbc.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

class SqliteAuditLogTest extends AuditLogContract {

    @TempDir
    Path dir;

    @Override
    TestDatabase freshDatabase() {
        return TestDatabase.sqlite(dir);
    }

    @Override
    String[] dropTriggers() {
        return new String[] {
            "DROP TRIGGER audit_record_no_update",
            "DROP TRIGGER audit_record_no_delete",
            "DROP TRIGGER audit_head_no_delete"
        };
    }
}
