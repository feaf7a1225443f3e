package org.chancery.archive.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * One connection of its own, used by one thread at a time, where every piece of work is a transaction that ends
 * before the call returns: no write lock is held between calls (SQLite has one writer for the whole file) and no
 * read pins an old snapshot.
 */
public final class JdbcSession implements AutoCloseable {

    /** Work on the connection, inside a transaction the session commits or rolls back. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * One lock per SQLite file, shared by every session of this process on it. SQLite lets one connection write at a
     * time and makes the others poll with growing sleeps, which under load costs far more than the writes; taking
     * turns here, first come first served, keeps the waits as short as the transactions.
     */
    private static final Map<String, ReentrantLock> SQLITE_FILES = new ConcurrentHashMap<>();

    private final Connection connection;
    private final Lock turn;

    public JdbcSession(DataSource dataSource) {
        try {
            this.connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            String url = connection.getMetaData().getURL();
            this.turn = url != null && url.startsWith("jdbc:sqlite:")
                    ? SQLITE_FILES.computeIfAbsent(url, u -> new ReentrantLock(true))
                    : null;
        } catch (SQLException e) {
            throw new DatabaseException("cannot connect to the database", e);
        }
    }

    /**
     * Runs the work and commits; rolls back on any failure.
     *
     * @param what what the work does, for the message of a database failure ("cannot ...")
     */
    public synchronized <T> T transaction(String what, Work<T> work) {
        if (turn == null) {
            return run(what, work);
        }
        turn.lock();
        try {
            return run(what, work);
        } finally {
            turn.unlock();
        }
    }

    /**
     * Runs work that only reads, in a transaction of its own. On SQLite it does not wait for the file's turn: in WAL
     * mode a reader sees the last commit and neither blocks the writer nor waits for it, so an account look-up on
     * every page does not queue behind the audit log's and the access monitor's writes.
     *
     * @param what what the work reads, for the message of a database failure ("cannot ...")
     */
    public synchronized <T> T read(String what, Work<T> work) {
        return run(what, work);
    }

    private <T> T run(String what, Work<T> work) {
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e instanceof RuntimeException r ? r : new DatabaseException("cannot " + what, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DatabaseException("cannot close the database connection", e);
        }
    }
}
