package org.chancery.archive.store;

import java.nio.file.Path;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded default, a SQLite file. */
class SqliteCableStoreTest extends CableStoreContract {

    @TempDir
    Path dir;

    @Override
    DatabaseTarget freshDatabase() {
        return DatabaseTarget.sqlite(dir.resolve("chancery.db"));
    }
}
