package org.chancery.archive.jdbc;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database to the current schema: the SQL migrations in {@code db/migration}, plus the migrations whose SQL
 * differs between SQLite and PostgreSQL, which are Java classes registered here.
 */
public final class Schema {

    /**
     * Flyway reports every step at INFO through java.util.logging, which would clutter command output; held in a field
     * because the logging framework keeps only weak references to configured loggers.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private Schema() {}

    /** Creates or migrates the schema and returns the data source it was done through. */
    public static DataSource migrate(DatabaseTarget target) {
        DataSource dataSource = target.dataSource();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new AuditLogAppendOnly())
                .load()
                .migrate();
        return dataSource;
    }
}
