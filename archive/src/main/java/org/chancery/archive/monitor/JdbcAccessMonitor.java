package org.chancery.archive.monitor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.AccountException;
import org.chancery.archive.account.Accounts;
import org.chancery.archive.account.UserAccount;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.jdbc.JdbcSession;
import org.chancery.archive.jdbc.SortableTime;
import org.chancery.archive.monitor.ReadingFigures.Crossing;

/**
 * The access monitor over the archive's database (tables {@code access_footprint}, {@code access_thresholds},
 * {@code access_alert}). A crossing is written as an alert, then the account is suspended and the alert audited;
 * the monitor's own transaction is over by then, so the other components' writes never wait on it.
 */
public final class JdbcAccessMonitor implements AccessMonitor, AutoCloseable {

    private static final String ALERT_COLUMNS = "id, raised_at, reader, rule, observed, threshold, acknowledged_by";

    private final JdbcSession db;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * @param dataSource a database already migrated ({@link org.chancery.archive.jdbc.Schema#migrate})
     * @param accounts where readers are suspended
     * @param audit where alerts are recorded
     * @param clock for acknowledgements
     */
    public JdbcAccessMonitor(DataSource dataSource, Accounts accounts, AuditLog audit, Clock clock) {
        this.db = new JdbcSession(dataSource);
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<AccessAlert> observe(Principal reader, List<CableFootprint> delivered, Instant now) {
        if (delivered.isEmpty()) {
            return List.of();
        }
        String name = reader.name();
        Optional<UserAccount> account = accounts.find(name);
        boolean alreadySuspended = account.map(UserAccount::suspended).orElse(false);
        OwnPosts ownPosts = new OwnPosts(reader.posts());
        List<AccessAlert> raised = db.transaction("record what " + name + " received", c -> {
            Footprints.insert(c, name, delivered, now);
            Footprints.prune(c, name, now);
            // what was read before the last alert was judged then: a reader an administrator reinstated starts a
            // fresh hour instead of being suspended again by the reads that raised the alert
            Instant judgedUntil = alreadySuspended ? null : lastAlertAt(c, name);
            ReadingFigures figures = Footprints.figures(c, name, ownPosts, now, judgedUntil);
            List<Crossing> crossings = figures.crossings(thresholds(c));
            if (alreadySuspended) {
                // Once per rule while suspended: a rule already raised and still open is not raised again.
                Set<String> open = openRules(c, name);
                crossings =
                        crossings.stream().filter(x -> !open.contains(x.rule())).toList();
            }
            List<AccessAlert> alerts = new ArrayList<>();
            for (Crossing x : crossings) {
                alerts.add(insertAlert(
                        c, new AccessAlert(nextAlertId(c), now, name, x.rule(), x.observed(), x.limit(), null)));
            }
            return alerts;
        });
        if (raised.isEmpty()) {
            return raised;
        }
        String reason = reason(raised);
        boolean suspended = alreadySuspended;
        if (!alreadySuspended) {
            try {
                accounts.suspend(name, reason);
                suspended = true;
            } catch (AccountException noAccount) {
                // A reader without an account cannot be suspended; the alert and the audit record still stand.
            }
        }
        for (AccessAlert a : raised) {
            audit.record(new AuditEntry(
                    now,
                    name,
                    AuditAction.ALERT,
                    a.rule(),
                    false,
                    "alert " + a.id() + ": " + a.observed() + " > " + a.limit() + " in the hour to " + now
                            + (suspended ? "; access suspended" : "; no account to suspend")));
        }
        return raised;
    }

    private static String reason(List<AccessAlert> alerts) {
        return "bulk access: "
                + alerts.stream()
                        .map(a -> a.rule() + " " + a.observed() + " > " + a.limit())
                        .collect(Collectors.joining(", "))
                + " in the hour to " + alerts.getFirst().at() + " (alert "
                + alerts.stream().map(a -> Long.toString(a.id())).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public AccessThresholds thresholds() {
        return db.read("read the access thresholds", JdbcAccessMonitor::thresholds);
    }

    private static AccessThresholds thresholds(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                        "SELECT cables_per_hour, new_origins_per_hour, new_tags_per_hour FROM access_thresholds"
                                + " WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next()
                    ? new AccessThresholds(rs.getInt(1), rs.getInt(2), rs.getInt(3))
                    : AccessThresholds.DEFAULT;
        }
    }

    @Override
    public void setThresholds(AccessThresholds t) {
        if (t.cablesPerHour() < 1 || t.newOriginsPerHour() < 1 || t.newTagsPerHour() < 1) {
            throw new IllegalArgumentException("every threshold must be at least 1: " + t);
        }
        db.transaction("set the access thresholds", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO access_thresholds"
                    + " (id, cables_per_hour, new_origins_per_hour, new_tags_per_hour) VALUES (1, ?, ?, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET cables_per_hour = excluded.cables_per_hour,"
                    + " new_origins_per_hour = excluded.new_origins_per_hour,"
                    + " new_tags_per_hour = excluded.new_tags_per_hour")) {
                ps.setInt(1, t.cablesPerHour());
                ps.setInt(2, t.newOriginsPerHour());
                ps.setInt(3, t.newTagsPerHour());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<AccessAlert> alerts(boolean openOnly) {
        return db.read("list the access alerts", c -> {
            List<AccessAlert> alerts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ALERT_COLUMNS + " FROM access_alert"
                            + (openOnly ? " WHERE acknowledged_by IS NULL" : "") + " ORDER BY id DESC");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    alerts.add(new AccessAlert(
                            rs.getLong(1),
                            SortableTime.parse(rs.getString(2)),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getLong(5),
                            rs.getLong(6),
                            rs.getString(7)));
                }
            }
            return alerts;
        });
    }

    /** Acknowledging an alert already acknowledged keeps the first acknowledgement. */
    @Override
    public void acknowledge(long alertId, String administrator) {
        db.transaction("acknowledge alert " + alertId, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE access_alert SET acknowledged_by = ?,"
                    + " acknowledged_at = ? WHERE id = ? AND acknowledged_by IS NULL")) {
                ps.setString(1, administrator);
                ps.setString(2, SortableTime.format(clock.instant()));
                ps.setLong(3, alertId);
                if (ps.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM access_alert WHERE id = ?")) {
                ps.setLong(1, alertId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no alert numbered " + alertId);
                    }
                }
            }
            return null;
        });
    }

    private static Instant lastAlertAt(Connection c, String reader) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(raised_at) FROM access_alert WHERE reader = ?")) {
            ps.setString(1, reader);
            try (ResultSet rs = ps.executeQuery()) {
                String at = rs.next() ? rs.getString(1) : null;
                return at == null ? null : SortableTime.parse(at);
            }
        }
    }

    private static Set<String> openRules(Connection c, String reader) throws SQLException {
        Set<String> rules = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT rule FROM access_alert WHERE reader = ? AND acknowledged_by IS NULL")) {
            ps.setString(1, reader);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rules.add(rs.getString(1));
                }
            }
        }
        return rules;
    }

    /** Takes the next alert number; the counter row's update also serialises concurrent alert writers. */
    private static long nextAlertId(Connection c) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE access_alert_counter SET last_id = last_id + 1 WHERE id = 1")) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_id FROM access_alert_counter WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static AccessAlert insertAlert(Connection c, AccessAlert a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO access_alert (" + ALERT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, NULL)")) {
            ps.setLong(1, a.id());
            ps.setString(2, SortableTime.format(a.at()));
            ps.setString(3, a.reader());
            ps.setString(4, a.rule());
            ps.setLong(5, a.observed());
            ps.setLong(6, a.limit());
            ps.executeUpdate();
        }
        return a;
    }

    @Override
    public void close() {
        db.close();
    }
}
