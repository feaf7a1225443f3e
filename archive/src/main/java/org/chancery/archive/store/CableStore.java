package org.chancery.archive.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.chancery.telegram.model.Cable;

/**
 * The system of record. Implementation: {@link JdbcCableStore}, one JDBC store for SQLite and PostgreSQL.
 *
 * <p>This interface is for system processes (ingest, index rebuild) and does no access check; every read on behalf
 * of a reader goes through the reading room, which applies the access policy.
 */
public interface CableStore extends AutoCloseable {

    /**
     * Stores a batch in one transaction: all of it or, on failure, none of it. A cable whose content matches any
     * stored version of the same id changes nothing; a new content becomes the next version. The same id may appear
     * several times in a batch; each distinct content becomes a version, in batch order.
     *
     * @return one outcome per cable, in batch order
     */
    List<WriteOutcome> write(List<Cable> cables);

    /**
     * Work that commits or fails together with a write of cables: a release stores the sent cable, takes its serial
     * number and queues its deliveries in one transaction. The work runs on the store's connection inside its
     * transaction; it writes cables through the transaction it is given and its own rows through the connection.
     */
    @FunctionalInterface
    interface WriteTogether<T> {
        T run(Connection connection, InTransaction cables) throws SQLException;
    }

    /** The store as seen from inside a {@link WriteTogether}: what it holds so far, and writing to it. */
    interface InTransaction {
        boolean contains(String referenceId) throws SQLException;

        List<WriteOutcome> write(List<Cable> cables) throws SQLException;
    }

    /** Runs the work in one transaction with the cables it writes: all of it or, on failure, none of it. */
    <T> T writeTogether(WriteTogether<T> work);

    /** The latest version of a cable. */
    Optional<StoredCable> latest(String referenceId);

    /** A given version of a cable (1-based). */
    Optional<StoredCable> version(String referenceId, int version);

    /** Every version of a cable, oldest first. */
    List<StoredCable> versions(String referenceId);

    /**
     * Visits the latest version of every cable whose latest write has a sequence above {@code afterSequence}, in
     * increasing sequence order.
     */
    void forEachLatestSince(long afterSequence, Consumer<StoredCable> visitor);

    /** Ids of cables whose latest version cites the given id, sorted. */
    List<String> citedBy(String referenceId);

    /** Number of cables (not versions). */
    long count();

    /** Number of versions of all cables. */
    long versionCount();

    /** The highest sequence written so far (0 for an empty store). */
    long lastSequence();

    @Override
    void close();
}
