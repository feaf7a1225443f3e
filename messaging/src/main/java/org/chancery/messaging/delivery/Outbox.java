package org.chancery.messaging.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.chancery.archive.jdbc.JdbcSession;
import org.chancery.archive.jdbc.SortableTime;
import org.chancery.messaging.store.Counters;

/**
 * The transactional outbox: deliveries are queued by the release's own transaction (a cable is never released
 * without them, nor delivered without being released) and served by rank, then in the order queued.
 */
public final class Outbox implements AutoCloseable {

    /** A queued delivery with its place in the queue. */
    public record Queued(long id, Delivery delivery) {}

    /** How many deliveries wait, by precedence rank (index 0 = FLASH). */
    public record Depth(long[] queuedByRank, long sent) {
        public long queued() {
            long n = 0;
            for (long q : queuedByRank) {
                n += q;
            }
            return n;
        }
    }

    /** A delivery as the outbox holds it, without the cable: where it goes, and whether and when it left. */
    public record Line(
            String referenceId,
            String addresseeRoute,
            String addresseeName,
            String mcn,
            org.chancery.telegram.model.Precedence precedence,
            Instant releasedAt,
            boolean sent,
            Instant sentAt) {}

    private final JdbcSession session;

    public Outbox(DataSource migrated) {
        this.session = new JdbcSession(migrated);
    }

    /** Queues deliveries inside the caller's transaction (the release's). */
    public static void enqueue(Connection c, List<Delivery> deliveries) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (id, reference_id, addressee_route,"
                + " addressee_name, mcn, precedence_rank, released_at, state, sent_at, cable_json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'QUEUED', NULL, ?)")) {
            for (Delivery d : deliveries) {
                ps.setLong(1, Counters.next(c, "outbox"));
                ps.setString(2, d.referenceId());
                ps.setString(3, d.addresseeRoute());
                ps.setString(4, d.addresseeName() == null ? "" : d.addresseeName());
                ps.setString(5, d.mcn());
                ps.setInt(6, QueueOrder.rank(d.precedence()));
                ps.setString(7, SortableTime.format(d.releasedAt()));
                ps.setString(8, d.cableJson());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The next deliveries to send: the highest precedence first, first queued first within it. */
    public List<Queued> next(int limit) {
        return session.read("read the outbox", c -> {
            List<Queued> batch = new ArrayList<>(limit);
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT id, reference_id, addressee_route, addressee_name, mcn,"
                            + " precedence_rank, released_at, cable_json FROM outbox WHERE state = 'QUEUED'"
                            + " ORDER BY precedence_rank, id LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        batch.add(new Queued(
                                rs.getLong(1),
                                new Delivery(
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        QueueOrder.fromRank(rs.getInt(6)),
                                        SortableTime.parse(rs.getString(7)),
                                        rs.getString(8))));
                    }
                }
            }
            return batch;
        });
    }

    /** Marks deliveries sent once the transport has them durably. */
    public void markSent(List<Queued> sent, Instant at) {
        session.transaction("mark deliveries sent", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET state = 'SENT', sent_at = ? WHERE id = ? AND state = 'QUEUED'")) {
                for (Queued q : sent) {
                    ps.setString(1, SortableTime.format(at));
                    ps.setLong(2, q.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public Depth depth() {
        return session.read("count the outbox", c -> {
            long[] byRank = new long[QueueOrder.RANKS];
            long sent = 0;
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT state, precedence_rank, COUNT(*) FROM outbox GROUP BY state, precedence_rank");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals("QUEUED")) {
                        byRank[rs.getInt(2)] += rs.getLong(3);
                    } else {
                        sent += rs.getLong(3);
                    }
                }
            }
            return new Depth(byRank, sent);
        });
    }

    /** The most recently queued deliveries, newest first, sent or not (for an operator's view of the outbox). */
    public List<Line> recent(int limit) {
        return session.read("list the outbox", c -> {
            List<Line> lines = new ArrayList<>(Math.min(limit, 1000));
            try (PreparedStatement ps = c.prepareStatement("SELECT reference_id, addressee_route, addressee_name, mcn,"
                    + " precedence_rank, released_at, state, sent_at FROM outbox ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String sentAt = rs.getString(8);
                        lines.add(new Line(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                QueueOrder.fromRank(rs.getInt(5)),
                                SortableTime.parse(rs.getString(6)),
                                rs.getString(7).equals("SENT"),
                                sentAt == null ? null : SortableTime.parse(sentAt)));
                    }
                }
            }
            return lines;
        });
    }

    @Override
    public void close() {
        session.close();
    }
}
