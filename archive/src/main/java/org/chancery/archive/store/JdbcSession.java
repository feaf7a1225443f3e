package org.chancery.archive.store;

import java.sql.Connection;
import java.sql.SQLException;
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

    private final Connection connection;

    public JdbcSession(DataSource dataSource) {
        try {
            this.connection = dataSource.getConnection();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to the database", e);
        }
    }

    /**
     * Runs the work and commits; rolls back on any failure.
     *
     * @param what what the work does, for the message of a database failure ("cannot ...")
     */
    public synchronized <T> T transaction(String what, Work<T> work) {
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
            throw e instanceof RuntimeException r ? r : new StoreException("cannot " + what, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the database connection", e);
        }
    }
}
