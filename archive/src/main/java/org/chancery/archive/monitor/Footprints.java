package org.chancery.archive.monitor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chancery.archive.jdbc.SortableTime;

/** The {@code access_footprint} table: what readers received, and the figures the rules judge. */
final class Footprints {

    static final Duration WINDOW = Duration.ofHours(1);

    /** How far before the hour a reader's reading counts as usual. */
    static final Duration USUAL = Duration.ofDays(30);

    private Footprints() {}

    static void insert(Connection c, String reader, List<CableFootprint> delivered, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO access_footprint (reader, read_at, reference_id, origin, tag) VALUES (?, ?, ?, ?, ?)")) {
            String time = SortableTime.format(at);
            for (CableFootprint f : delivered) {
                // One row per TAGS term; a cable without TAGS still needs a row to count as received.
                for (String tag : f.tags().isEmpty() ? List.of("") : f.tags()) {
                    ps.setString(1, reader);
                    ps.setString(2, time);
                    ps.setString(3, f.referenceId());
                    ps.setString(4, f.origin() == null ? "" : f.origin());
                    ps.setString(5, tag);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Drops what no rule looks at any more: footprints older than the usual-reading period before the hour. */
    static void prune(Connection c, String reader, Instant now) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM access_footprint WHERE reader = ? AND read_at < ?")) {
            ps.setString(1, reader);
            ps.setString(2, SortableTime.format(now.minus(WINDOW).minus(USUAL)));
            ps.executeUpdate();
        }
    }

    /**
     * The reader's figures for the hour up to and including {@code now}; the usual reading is the 30 days up to and
     * including the hour's start.
     */
    static ReadingFigures figures(Connection c, String reader, OwnPosts ownPosts, Instant now, Instant lastAlert)
            throws SQLException {
        Instant hourStart = now.minus(WINDOW);
        if (lastAlert != null && lastAlert.isAfter(hourStart)) {
            hourStart = lastAlert;
        }
        String from = SortableTime.format(hourStart);
        String to = SortableTime.format(now);
        String usualFrom = SortableTime.format(hourStart.minus(USUAL));

        Set<String> cables = new HashSet<>();
        Set<String> origins = new HashSet<>();
        Set<String> tags = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT reference_id, origin, tag FROM access_footprint"
                + " WHERE reader = ? AND read_at > ? AND read_at <= ?")) {
            ps.setString(1, reader);
            ps.setString(2, from);
            ps.setString(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cables.add(rs.getString(1));
                    origins.add(rs.getString(2));
                    tags.add(rs.getString(3));
                }
            }
        }
        origins.removeIf(ownPosts::includes);
        origins.removeAll(metBefore(c, "origin", reader, origins, usualFrom, from));
        tags.remove("");
        tags.removeAll(metBefore(c, "tag", reader, tags, usualFrom, from));
        return new ReadingFigures(cables.size(), origins.size(), tags.size());
    }

    /** Those of {@code values} the reader met in a column over a period that excludes its start and includes its end. */
    private static Set<String> metBefore(
            Connection c, String column, String reader, Set<String> values, String from, String to)
            throws SQLException {
        Set<String> met = new HashSet<>();
        if (values.isEmpty()) {
            return met;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM access_footprint WHERE reader = ? AND " + column
                + " = ? AND read_at > ? AND read_at <= ? LIMIT 1")) {
            ps.setString(1, reader);
            ps.setString(3, from);
            ps.setString(4, to);
            for (String value : values) {
                ps.setString(2, value);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        met.add(value);
                    }
                }
            }
        }
        return met;
    }
}
