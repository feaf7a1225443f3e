package org.chancery.archive.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.chancery.archive.jdbc.JdbcSession;
import org.chancery.archive.jdbc.SortableTime;

/**
 * The audit log in the archive's database (tables {@code audit_record} and {@code audit_head}), on SQLite or
 * PostgreSQL.
 *
 * <p>Each append first updates the head row. On PostgreSQL that takes the row's lock, on SQLite the database's write
 * lock, both held until commit, so appends from any number of threads and processes take turns and each one chains
 * onto the record committed just before it.
 */
public final class JdbcAuditLog implements AuditLog, AutoCloseable {

    private static final String COLUMNS = "sequence, at, actor, action, target, permitted, detail, previous_hash, hash";

    /** Rows fetched per round trip while verifying, so that a long log is streamed rather than held. */
    private static final int VERIFY_FETCH = 2_000;

    private final JdbcSession db;
    private final GroupCommit<AuditEntry, AuditRecord> appends = new GroupCommit<>(this::appendAll);

    /** @param dataSource a database already migrated ({@link org.chancery.archive.jdbc.Schema#migrate}) */
    public JdbcAuditLog(DataSource dataSource) {
        this.db = new JdbcSession(dataSource);
    }

    @Override
    public AuditRecord record(AuditEntry entry) {
        return appends.append(entry);
    }

    /**
     * Appends a batch in one transaction: the head row is taken once, each record chains onto the one before it, and
     * the head is left at the last. Under load many readers' events share one commit instead of queueing for one
     * each.
     */
    private List<AuditRecord> appendAll(List<AuditEntry> entries) {
        return db.transaction("append to the audit log", c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE audit_head SET last_sequence = last_sequence + ? WHERE id = 1")) {
                ps.setLong(1, entries.size());
                if (ps.executeUpdate() != 1) {
                    throw new IllegalStateException("the audit log's head row is missing; run audit verify");
                }
            }
            long sequence;
            String previousHash;
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT last_sequence, last_hash FROM audit_head WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                sequence = rs.getLong(1) - entries.size();
                previousHash = rs.getString(2);
            }
            List<AuditRecord> records = new ArrayList<>(entries.size());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO audit_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (AuditEntry entry : entries) {
                    sequence++;
                    AuditRecord record = new AuditRecord(
                            sequence, entry, previousHash, AuditChain.hash(previousHash, sequence, entry));
                    ps.setLong(1, sequence);
                    ps.setString(2, SortableTime.format(entry.at()));
                    ps.setString(3, entry.actor());
                    ps.setString(4, entry.action().name());
                    ps.setString(5, entry.target());
                    ps.setBoolean(6, entry.permitted());
                    ps.setString(7, entry.detail());
                    ps.setString(8, previousHash);
                    ps.setString(9, record.hash());
                    ps.addBatch();
                    records.add(record);
                    previousHash = record.hash();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE audit_head SET last_hash = ? WHERE id = 1")) {
                ps.setString(1, previousHash);
                ps.executeUpdate();
            }
            return records;
        });
    }

    /** With a limit, the newest matching records, still oldest first. */
    @Override
    public List<AuditRecord> query(AuditQuery query) {
        if (query.limit() <= 0) {
            return List.of();
        }
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        condition(conditions, values, "actor = ?", query.actor());
        condition(
                conditions,
                values,
                "action = ?",
                query.action() == null ? null : query.action().name());
        condition(conditions, values, "target = ?", query.target());
        condition(conditions, values, "permitted = ?", query.permitted());
        condition(conditions, values, "at >= ?", query.from() == null ? null : SortableTime.format(query.from()));
        condition(conditions, values, "at < ?", query.to() == null ? null : SortableTime.format(query.to()));
        String sql = "SELECT " + COLUMNS + " FROM audit_record"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY sequence DESC LIMIT ?";
        return db.read("query the audit log", c -> {
            List<AuditRecord> newestFirst = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (Object v : values) {
                    if (v instanceof Boolean b) {
                        ps.setBoolean(i++, b);
                    } else {
                        ps.setString(i++, (String) v);
                    }
                }
                ps.setInt(i, query.limit());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        newestFirst.add(read(rs));
                    }
                }
            }
            Collections.reverse(newestFirst);
            return newestFirst;
        });
    }

    private static void condition(List<String> conditions, List<Object> values, String sql, Object value) {
        if (value != null) {
            conditions.add(sql);
            values.add(value);
        }
    }

    @Override
    public AuditVerification verify() {
        return db.read("verify the audit log", c -> {
            // One snapshot for the head and the walk, so that appends meanwhile are neither half seen nor taken for
            // tampering. A SQLite transaction reads one snapshot anyway; PostgreSQL must be asked for it.
            if (c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres")) {
                try (Statement st = c.createStatement()) {
                    st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                }
            }
            long headSequence = -1;
            String headHash = null;
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT last_sequence, last_hash FROM audit_head WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    headSequence = rs.getLong(1);
                    headHash = rs.getString(2);
                }
            }
            ChainVerifier verifier = new ChainVerifier();
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT " + COLUMNS + " FROM audit_record ORDER BY sequence")) {
                ps.setFetchSize(VERIFY_FETCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && verifier.accept(read(rs))) {
                        // each record checked in accept
                    }
                }
            }
            return verifier.finish(headSequence, headHash);
        });
    }

    private static AuditRecord read(ResultSet rs) throws SQLException {
        AuditEntry entry = new AuditEntry(
                SortableTime.parse(rs.getString("at")),
                rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("target"),
                rs.getBoolean("permitted"),
                rs.getString("detail"));
        return new AuditRecord(rs.getLong("sequence"), entry, rs.getString("previous_hash"), rs.getString("hash"));
    }

    @Override
    public void close() {
        db.close();
    }
}
