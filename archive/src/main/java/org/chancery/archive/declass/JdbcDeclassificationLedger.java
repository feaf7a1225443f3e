package org.chancery.archive.declass;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.chancery.archive.access.DeclassDecision;
import org.chancery.archive.access.DeclassificationLedger;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.chancery.archive.jdbc.JdbcSession;
import org.chancery.archive.jdbc.Schema;
import org.chancery.archive.marking.Keywords;

/**
 * The decisions in the archive's database. Every access decision reads them, so they are held in memory and
 * re-read when another process may have added one (at most every {@link #RECHECK}); the table stays small, one row
 * per officer's act.
 */
public final class JdbcDeclassificationLedger implements DeclassificationLedger, AutoCloseable {

    static final Duration RECHECK = Duration.ofSeconds(2);

    private final JdbcSession db;
    private final Clock clock;
    private Map<String, DeclassDecision> inForce = Map.of();
    private long rowsSeen = -1;
    private Instant checkedAt = Instant.MIN;

    private JdbcDeclassificationLedger(JdbcSession db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Opens the ledger of an archive, migrating its schema first if needed. */
    public static JdbcDeclassificationLedger open(DatabaseTarget target, Clock clock) {
        return connect(Schema.migrate(target), clock);
    }

    /** Opens the ledger over a database whose schema is already migrated. */
    public static JdbcDeclassificationLedger connect(DataSource migrated, Clock clock) {
        return new JdbcDeclassificationLedger(new JdbcSession(migrated), clock);
    }

    @Override
    public synchronized Map<String, DeclassDecision> decisions() {
        Instant now = clock.instant();
        if (now.isBefore(checkedAt.plus(RECHECK)) && rowsSeen >= 0) {
            return inForce;
        }
        checkedAt = now;
        long rows = db.read("count declassification decisions", JdbcDeclassificationLedger::count);
        if (rows != rowsSeen) {
            inForce = db.read("read declassification decisions", JdbcDeclassificationLedger::load);
            rowsSeen = rows;
        }
        return inForce;
    }

    /** Records a decision; it is in force at once in this process. */
    public synchronized DeclassDecision record(DeclassDecision decision) {
        String id = Keywords.normalize(decision.referenceId());
        db.transaction("record the decision on " + id, c -> {
            int number;
            try (PreparedStatement next = c.prepareStatement(
                    "SELECT COALESCE(MAX(decision_no), 0) + 1 FROM declass_decision WHERE reference_id = ?")) {
                next.setString(1, id);
                try (ResultSet rs = next.executeQuery()) {
                    rs.next();
                    number = rs.getInt(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO declass_decision (reference_id, decision_no, action, effective_on, reason,"
                            + " officer, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, id);
                insert.setInt(2, number);
                insert.setString(3, decision.action().name());
                insert.setString(4, decision.on() == null ? null : decision.on().toString());
                insert.setString(5, decision.reason());
                insert.setString(6, decision.officer());
                insert.setString(7, decision.decidedAt().toString());
                insert.executeUpdate();
            }
            return number;
        });
        checkedAt = Instant.MIN;
        return decision;
    }

    /** Every decision on one cable, oldest first. */
    public synchronized List<DeclassDecision> history(String referenceId) {
        List<DeclassDecision> out = new ArrayList<>();
        db.read("read decisions on " + referenceId, c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT reference_id, action, effective_on, reason, officer, decided_at FROM declass_decision"
                            + " WHERE reference_id = ? ORDER BY decision_no")) {
                q.setString(1, Keywords.normalize(referenceId));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(decision(rs));
                    }
                }
            }
            return out;
        });
        return out;
    }

    private static long count(Connection connection) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("SELECT COUNT(*) FROM declass_decision");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, DeclassDecision> load(Connection connection) throws SQLException {
        Map<String, DeclassDecision> latest = new HashMap<>();
        try (PreparedStatement q = connection.prepareStatement(
                        "SELECT reference_id, action, effective_on, reason, officer, decided_at FROM declass_decision"
                                + " ORDER BY reference_id, decision_no");
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                DeclassDecision d = decision(rs);
                latest.put(d.referenceId(), d);
            }
        }
        return Map.copyOf(latest);
    }

    private static DeclassDecision decision(ResultSet rs) throws SQLException {
        String on = rs.getString(3);
        return new DeclassDecision(
                rs.getString(1),
                DeclassDecision.Action.valueOf(rs.getString(2)),
                on == null ? null : LocalDate.parse(on),
                rs.getString(4),
                rs.getString(5),
                Instant.parse(rs.getString(6)));
    }

    @Override
    public synchronized void close() {
        db.close();
    }
}
