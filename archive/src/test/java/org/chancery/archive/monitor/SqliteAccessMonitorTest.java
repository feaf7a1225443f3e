package org.chancery.archive.monitor;

import java.nio.file.Path;
import org.chancery.archive.jdbc.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

class SqliteAccessMonitorTest extends AccessMonitorContract {

    @TempDir
    Path dir;

    @Override
    TestDatabase freshDatabase() {
        return TestDatabase.sqlite(dir);
    }
}
