package org.chancery.archive.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 4: triggers that refuse UPDATE and DELETE on the audit log and DELETE of its head. Defence in depth
 * only (whoever owns the database can drop them; the hash chain still finds what they then change). A Java migration
 * because trigger syntax differs between SQLite and PostgreSQL.
 */
final class AuditLogAppendOnly implements JavaMigration {

    private static final String REFUSAL = "the audit log is append-only";

    private static final List<String> SQLITE = List.of(
            "CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record" + " BEGIN SELECT RAISE(ABORT, '"
                    + REFUSAL + ": UPDATE refused'); END",
            "CREATE TRIGGER audit_record_no_delete BEFORE DELETE ON audit_record" + " BEGIN SELECT RAISE(ABORT, '"
                    + REFUSAL + ": DELETE refused'); END",
            "CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head" + " BEGIN SELECT RAISE(ABORT, '" + REFUSAL
                    + ": DELETE refused'); END");

    private static final List<String> POSTGRESQL = List.of(
            "CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '"
                    + REFUSAL + ": % on % refused', TG_OP, TG_TABLE_NAME; END $$",
            "CREATE TRIGGER audit_record_no_change BEFORE UPDATE OR DELETE ON audit_record"
                    + " FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()",
            "CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record"
                    + " FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()",
            "CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head"
                    + " FOR EACH ROW EXECUTE FUNCTION audit_refuse_change()",
            "CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head"
                    + " FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4");
    }

    @Override
    public String getDescription() {
        return "audit log append only";
    }

    /** Flyway keeps no checksum for Java migrations unless given one; the statements are the migration. */
    @Override
    public Integer getChecksum() {
        return String.join("\n", SQLITE).hashCode() * 31
                + String.join("\n", POSTGRESQL).hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        String product = c.getMetaData().getDatabaseProductName();
        List<String> statements = product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : SQLITE;
        try (Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }
}
