package org.chancery.archive.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The system of record. Implementations: one JDBC store for SQLite and PostgreSQL. */
public interface CableStore extends AutoCloseable {

    /** The latest version of a cable. */
    Optional<StoredCable> latest(String referenceId);

    /** A given version of a cable (1-based). */
    Optional<StoredCable> version(String referenceId, int version);

    /** Every version of a cable, oldest first. */
    List<StoredCable> versions(String referenceId);

    /** Visits the latest version of every cable whose latest write has a sequence above {@code afterSequence}. */
    void forEachLatestSince(long afterSequence, Consumer<StoredCable> visitor);

    /** Ids of cables whose latest version cites the given id. */
    List<String> citedBy(String referenceId);

    /** Number of cables (not versions). */
    long count();

    /** The highest sequence written so far (0 for an empty store). */
    long lastSequence();

    @Override
    void close();
}
