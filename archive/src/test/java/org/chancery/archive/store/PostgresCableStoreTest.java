package org.chancery.archive.store;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The store contract on PostgreSQL, run when {@code CHANCERY_TEST_PG_URL} names a database (a
 * {@code jdbc:postgresql:} URL with user and password parameters). Each test gets a schema of its own, dropped after.
 */
@EnabledIfEnvironmentVariable(named = "CHANCERY_TEST_PG_URL", matches = "jdbc:postgresql:.+")
class PostgresCableStoreTest extends CableStoreContract {

    private String schema;

    @Override
    DatabaseTarget freshDatabase() throws Exception {
        String base = System.getenv("CHANCERY_TEST_PG_URL");
        schema = "store_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DatabaseTarget.parse(base).dataSource().getConnection();
                Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        return DatabaseTarget.parse(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    @AfterEach
    void dropSchema() throws Exception {
        try (Connection c = DatabaseTarget.parse(System.getenv("CHANCERY_TEST_PG_URL"))
                        .dataSource()
                        .getConnection();
                Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
