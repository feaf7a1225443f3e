package org.chancery.archive.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A fresh, migrated database for one test: a SQLite file in a temporary directory, or a schema of its own on the
 * PostgreSQL server named by {@code CHANCERY_TEST_PG_URL}, dropped on close.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String PG_URL_ENV = "CHANCERY_TEST_PG_URL";

    private final DatabaseTarget target;
    private final DataSource dataSource;
    private final String pgSchema;

    private TestDatabase(DatabaseTarget target, String pgSchema) {
        this.target = target;
        this.pgSchema = pgSchema;
        this.dataSource = Schema.migrate(target);
    }

    public static TestDatabase sqlite(Path directory) {
        return new TestDatabase(DatabaseTarget.sqlite(directory.resolve("chancery.db")), null);
    }

    public static TestDatabase postgres() throws Exception {
        String base = System.getenv(PG_URL_ENV);
        String schema = "access_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DatabaseTarget.parse(base).dataSource().getConnection();
                Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        return new TestDatabase(
                DatabaseTarget.parse(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema), schema);
    }

    public DatabaseTarget target() {
        return target;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs statements outside the code under test, as someone with direct access to the database would. */
    public void execute(String... statements) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    @Override
    public void close() throws Exception {
        if (pgSchema != null) {
            try (Connection c = DatabaseTarget.parse(System.getenv(PG_URL_ENV))
                            .dataSource()
                            .getConnection();
                    Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + pgSchema + " CASCADE");
            }
        }
    }
}
