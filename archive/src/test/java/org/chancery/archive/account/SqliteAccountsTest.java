package org.chancery.archive.account;

import java.nio.file.Path;
import org.chancery.archive.jdbc.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

class SqliteAccountsTest extends AccountsContract {

    @TempDir
    Path dir;

    @Override
    TestDatabase freshDatabase() {
        return TestDatabase.sqlite(dir);
    }
}
