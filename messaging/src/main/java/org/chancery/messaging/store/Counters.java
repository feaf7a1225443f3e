package org.chancery.messaging.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Named counters that give numbers without gaps: the update runs inside the caller's transaction, so the row stays
 * locked until it commits (concurrent releases on PostgreSQL take turns) and a rollback gives the number back.
 */
public final class Counters {

    private Counters() {}

    /** The next number of the counter (1 for a new counter), taken in the connection's open transaction. */
    public static long next(Connection c, String name) throws SQLException {
        // ON CONFLICT DO NOTHING: a second process creating the same counter waits for the first and then finds it
        try (PreparedStatement create = c.prepareStatement(
                "INSERT INTO messaging_counter (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING")) {
            create.setString(1, name);
            create.executeUpdate();
        }
        try (PreparedStatement update =
                c.prepareStatement("UPDATE messaging_counter SET value = value + 1 WHERE name = ?")) {
            update.setString(1, name);
            update.executeUpdate();
        }
        try (PreparedStatement read = c.prepareStatement("SELECT value FROM messaging_counter WHERE name = ?")) {
            read.setString(1, name);
            try (ResultSet rs = read.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
