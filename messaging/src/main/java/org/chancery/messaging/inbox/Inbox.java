package org.chancery.messaging.inbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Role;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.jdbc.JdbcSession;
import org.chancery.archive.jdbc.SortableTime;
import org.chancery.archive.room.CableHeading;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.archive.store.CableStore;
import org.chancery.messaging.delivery.Delivery;
import org.chancery.messaging.delivery.DeliverySink;
import org.chancery.messaging.delivery.QueueOrder;
import org.chancery.messaging.directory.PostMembership;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.telegram.json.CableJson;
import org.chancery.telegram.model.Precedence;

/**
 * The posts' inboxes. Receiving is idempotent on the delivery's key and stores the cable in the archive when it is
 * not there yet (a cable from another node), in one transaction, so a delivery is received once or not at all.
 * Reading an inbox goes through the reading room: a reader sees the headings of what the access decision lets them
 * see, and opening one is a read like any other.
 */
public final class Inbox implements DeliverySink, AutoCloseable {

    private final JdbcSession session;
    private final CableStore store;
    private final ReadingRoom room;
    private final TagProfiles profiles;
    private final AuditLog audit;
    private final Clock clock;
    private final Runnable newCablesStored;

    /**
     * @param newCablesStored called after a receipt stored cables the archive did not have (to index them)
     */
    public Inbox(
            DataSource migrated,
            CableStore store,
            ReadingRoom room,
            TagProfiles profiles,
            AuditLog audit,
            Clock clock,
            Runnable newCablesStored) {
        this.session = new JdbcSession(migrated);
        this.store = store;
        this.room = room;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
        this.newCablesStored = newCablesStored;
    }

    @Override
    public boolean receive(Delivery delivery) {
        return receiveAll(List.of(delivery)) == 1;
    }

    @Override
    public int receiveAll(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        boolean[] stored = {false};
        int fresh = store.writeTogether((c, cables) -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO inbox (reference_id, addressee_route, mcn,"
                    + " precedence_rank, released_at, received_at, must_acknowledge, acknowledged_by, acknowledged_at,"
                    + " escalated_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL)"
                    + " ON CONFLICT (reference_id, addressee_route, mcn) DO NOTHING")) {
                for (Delivery d : deliveries) {
                    if (!cables.contains(d.referenceId())) {
                        cables.write(List.of(CableJson.read(d.cableJson())));
                        stored[0] = true;
                    }
                    ps.setString(1, d.referenceId());
                    ps.setString(2, d.addresseeRoute());
                    ps.setString(3, d.mcn());
                    ps.setInt(4, QueueOrder.rank(d.precedence()));
                    ps.setString(5, SortableTime.format(d.releasedAt()));
                    ps.setString(6, SortableTime.format(now));
                    ps.setBoolean(7, d.precedence().requiresAcknowledgement());
                    n += ps.executeUpdate();
                }
            }
            return n;
        });
        if (stored[0]) {
            newCablesStored.run();
        }
        return fresh;
    }

    /**
     * A post's inbox as a reader of the post may see it, newest first; with {@code mine}, only the cables whose
     * TAGS meet the reader's profile or the profile of an office the reader belongs to.
     */
    public List<InboxItem> list(Principal reader, RoutingEntry post, boolean mine, int limit) {
        requireMember(reader, post);
        List<InboxEntry> entries = entries(post.route(), limit);
        List<CableHeading> headings = room.headings(
                reader, entries.stream().map(InboxEntry::referenceId).distinct().toList(), "inbox " + post.route());
        Map<String, CableHeading> byId = new HashMap<>();
        headings.forEach(h -> byId.put(h.referenceId(), h));
        Set<String> profile = mine ? profiles.of(reader, post.route()) : Set.of();
        List<InboxItem> items = new ArrayList<>();
        for (InboxEntry e : entries) {
            CableHeading h = byId.get(e.referenceId());
            if (h != null && (!mine || h.tags().stream().anyMatch(profile::contains))) {
                items.add(new InboxItem(e, h));
            }
        }
        return items;
    }

    /** The inbox rows of a post, newest first, without reading any cable (for counts and the dispatcher's tests). */
    public List<InboxEntry> entries(String postRoute, int limit) {
        return session.read("read an inbox", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    SELECT + " WHERE addressee_route = ?" + " ORDER BY received_at DESC, precedence_rank LIMIT ?")) {
                ps.setString(1, postRoute);
                ps.setInt(2, limit);
                return entries(ps);
            }
        });
    }

    /** How many deliveries every post has received, by post. */
    public Map<String, Long> counts() {
        return session.read("count inboxes", c -> {
            Map<String, Long> counts = new java.util.TreeMap<>();
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT addressee_route, COUNT(*) FROM inbox GROUP BY addressee_route");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counts;
        });
    }

    /**
     * A duty officer of the receiving post acknowledges a FLASH or NIACT cable, having opened it through the reading
     * room (the officer must be allowed to read it).
     */
    public InboxEntry acknowledge(Principal officer, RoutingEntry post, String referenceId) {
        requireMember(officer, post);
        if (!officer.hasRole(Role.DUTY_OFFICER.key())) {
            audit(officer, AuditAction.ACKNOWLEDGE, referenceId, false, "not a duty officer of " + post.route());
            throw new SecurityException(officer.name() + " is not a duty officer of " + post.line());
        }
        if (room.open(officer, referenceId).isEmpty()) {
            throw new SecurityException(officer.name() + " may not read " + referenceId + ", so cannot acknowledge it");
        }
        Instant now = clock.instant();
        InboxEntry acknowledged = session.transaction("acknowledge a cable", c -> {
            List<InboxEntry> found;
            try (PreparedStatement ps =
                    c.prepareStatement(SELECT + " WHERE addressee_route = ? AND reference_id = ?")) {
                ps.setString(1, post.route());
                ps.setString(2, referenceId);
                found = entries(ps);
            }
            InboxEntry e = found.stream()
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(post.route() + " has not received " + referenceId));
            if (!e.mustAcknowledge()) {
                throw new IllegalArgumentException(
                        referenceId + " is " + e.precedence().label() + " traffic, which needs no acknowledgement");
            }
            if (e.acknowledgedAt() != null) {
                return e;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE inbox SET acknowledged_by = ?, acknowledged_at = ?"
                    + " WHERE addressee_route = ? AND reference_id = ? AND acknowledged_at IS NULL")) {
                ps.setString(1, officer.name());
                ps.setString(2, SortableTime.format(now));
                ps.setString(3, post.route());
                ps.setString(4, referenceId);
                ps.executeUpdate();
            }
            return new InboxEntry(
                    e.referenceId(),
                    e.postRoute(),
                    e.mcn(),
                    e.precedence(),
                    e.releasedAt(),
                    e.receivedAt(),
                    true,
                    officer.name(),
                    now,
                    e.escalatedAt());
        });
        audit(officer, AuditAction.ACKNOWLEDGE, referenceId, true, "at " + post.route());
        return acknowledged;
    }

    /**
     * Escalates every FLASH or NIACT cable received longer ago than its limit and not acknowledged: one alert to the
     * receiving post's roster each, kept and audited.
     */
    public List<Escalation> escalate(Duration flashLimit, Duration niactLimit) {
        Instant now = clock.instant();
        List<Escalation> raised = session.transaction("escalate unacknowledged traffic", c -> {
            List<InboxEntry> waiting;
            try (PreparedStatement ps = c.prepareStatement(
                    SELECT + " WHERE must_acknowledge = ? AND acknowledged_at IS NULL AND escalated_at IS NULL")) {
                ps.setBoolean(1, true);
                waiting = entries(ps);
            }
            List<Escalation> out = new ArrayList<>();
            for (InboxEntry e : waiting) {
                Duration limit = e.precedence() == Precedence.FLASH ? flashLimit : niactLimit;
                if (e.receivedAt().plus(limit).isAfter(now)) {
                    continue;
                }
                String message = e.precedence().label() + " " + e.referenceId() + " received "
                        + SortableTime.format(e.receivedAt()) + " is not acknowledged after " + minutes(limit);
                try (PreparedStatement mark = c.prepareStatement(
                                "UPDATE inbox SET escalated_at = ? WHERE reference_id = ? AND addressee_route = ?");
                        PreparedStatement alert = c.prepareStatement("INSERT INTO escalation (reference_id,"
                                + " addressee_route, raised_at, message) VALUES (?, ?, ?, ?)")) {
                    mark.setString(1, SortableTime.format(now));
                    mark.setString(2, e.referenceId());
                    mark.setString(3, e.postRoute());
                    mark.executeUpdate();
                    alert.setString(1, e.referenceId());
                    alert.setString(2, e.postRoute());
                    alert.setString(3, SortableTime.format(now));
                    alert.setString(4, message);
                    alert.executeUpdate();
                }
                out.add(new Escalation(e.referenceId(), e.postRoute(), now, message));
            }
            return out;
        });
        for (Escalation e : raised) {
            audit.record(new AuditEntry(
                    now,
                    "system",
                    AuditAction.ALERT,
                    e.referenceId(),
                    true,
                    "escalated to the roster of " + e.postRoute() + ": " + e.message()));
        }
        return raised;
    }

    /** The escalations a post's roster has to see, newest first, with whether each was acknowledged since. */
    public List<Escalation> escalations(String postRoute) {
        return session.read("read escalations", c -> {
            List<Escalation> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.reference_id, e.addressee_route, e.raised_at,"
                    + " e.message FROM escalation e JOIN inbox i ON i.reference_id = e.reference_id"
                    + " AND i.addressee_route = e.addressee_route WHERE e.addressee_route = ?"
                    + " AND i.acknowledged_at IS NULL ORDER BY e.raised_at DESC")) {
                ps.setString(1, postRoute);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Escalation(
                                rs.getString(1),
                                rs.getString(2),
                                SortableTime.parse(rs.getString(3)),
                                rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    private static String minutes(Duration d) {
        return d.toSeconds() % 60 == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }

    private static void requireMember(Principal reader, RoutingEntry post) {
        if (!PostMembership.belongs(reader, post)) {
            throw new SecurityException(reader.name() + " does not belong to " + post.line());
        }
    }

    private void audit(Principal actor, AuditAction action, String target, boolean permitted, String detail) {
        audit.record(new AuditEntry(clock.instant(), actor.name(), action, target, permitted, detail));
    }

    private static final String SELECT = "SELECT reference_id, addressee_route, mcn, precedence_rank, released_at,"
            + " received_at, must_acknowledge, acknowledged_by, acknowledged_at, escalated_at FROM inbox";

    private static List<InboxEntry> entries(PreparedStatement ps) throws SQLException {
        List<InboxEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new InboxEntry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        QueueOrder.fromRank(rs.getInt(4)),
                        SortableTime.parse(rs.getString(5)),
                        SortableTime.parse(rs.getString(6)),
                        rs.getBoolean(7),
                        rs.getString(8),
                        time(rs.getString(9)),
                        time(rs.getString(10))));
            }
        }
        return out;
    }

    private static Instant time(String s) {
        return s == null ? null : SortableTime.parse(s);
    }

    @Override
    public void close() {
        session.close();
    }
}
