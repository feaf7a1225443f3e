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
import org.chancery.archive.config.DatabaseTarget;
import org.chancery.archive.index.Keywords;
import org.chancery.archive.store.Schema;
import org.chancery.archive.store.StoreException;

/**
 * The decisions in the archive's database. Every access decision reads them, so they are held in memory and
 * re-read when another process may have added one (at most every {@link #RECHECK}); the table stays small, one row
 * per officer's act.
 */
public final class JdbcDeclassificationLedger implements DeclassificationLedger, AutoCloseable {

    static final Duration RECHECK = Duration.ofSeconds(2);

    private final Connection connection;
    private final Clock clock;
    private Map<String, DeclassDecision> inForce = Map.of();
    private long rowsSeen = -1;
    private Instant checkedAt = Instant.MIN;

    private JdbcDeclassificationLedger(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Opens the ledger of an archive, migrating its schema first if needed. */
    public static JdbcDeclassificationLedger open(DatabaseTarget target, Clock clock) {
        return connect(Schema.migrate(target), clock);
    }

    /** Opens the ledger over a database whose schema is already migrated. */
    public static JdbcDeclassificationLedger connect(DataSource migrated, Clock clock) {
        try {
            Connection c = migrated.getConnection();
            c.setAutoCommit(true);
            return new JdbcDeclassificationLedger(c, clock);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the archive's database", e);
        }
    }

    @Override
    public synchronized Map<String, DeclassDecision> decisions() {
        Instant now = clock.instant();
        if (now.isBefore(checkedAt.plus(RECHECK)) && rowsSeen >= 0) {
            return inForce;
        }
        checkedAt = now;
        try {
            long rows = count();
            if (rows != rowsSeen) {
                inForce = load();
                rowsSeen = rows;
            }
            return inForce;
        } catch (SQLException e) {
            throw new StoreException("cannot read declassification decisions", e);
        }
    }

    /** Records a decision; it is in force at once in this process. */
    public synchronized DeclassDecision record(DeclassDecision decision) {
        String id = Keywords.normalize(decision.referenceId());
        try (PreparedStatement next = connection.prepareStatement(
                        "SELECT COALESCE(MAX(decision_no), 0) + 1 FROM declass_decision WHERE reference_id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO declass_decision (reference_id, decision_no, action, effective_on, reason,"
                                + " officer, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            next.setString(1, id);
            int number;
            try (ResultSet rs = next.executeQuery()) {
                rs.next();
                number = rs.getInt(1);
            }
            insert.setString(1, id);
            insert.setInt(2, number);
            insert.setString(3, decision.action().name());
            insert.setString(4, decision.on() == null ? null : decision.on().toString());
            insert.setString(5, decision.reason());
            insert.setString(6, decision.officer());
            insert.setString(7, decision.decidedAt().toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record the decision on " + id, e);
        }
        checkedAt = Instant.MIN;
        return decision;
    }

    /** Every decision on one cable, oldest first. */
    public synchronized List<DeclassDecision> history(String referenceId) {
        List<DeclassDecision> out = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT reference_id, action, effective_on, reason, officer, decided_at FROM declass_decision"
                        + " WHERE reference_id = ? ORDER BY decision_no")) {
            q.setString(1, Keywords.normalize(referenceId));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(decision(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read decisions on " + referenceId, e);
        }
        return out;
    }

    private long count() throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("SELECT COUNT(*) FROM declass_decision");
                ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Map<String, DeclassDecision> load() throws SQLException {
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
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the decision ledger", e);
        }
    }
}
