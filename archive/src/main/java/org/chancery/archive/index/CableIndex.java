package org.chancery.archive.index;

import java.util.Collection;
import org.chancery.archive.store.StoredCable;

/**
 * The search index, derived from the store and rebuildable from it at any time. Ingest writes the store first, then
 * hands the same versions here; {@link #commit} makes them durable together with the highest sequence taken in.
 */
public interface CableIndex extends AutoCloseable {

    /** Adds or replaces the indexed form of each cable (by reference id). */
    void upsert(Collection<StoredCable> cables);

    /** Makes every upsert so far durable and records {@code throughSequence} as taken in. */
    void commit(long throughSequence);

    /** The highest store sequence a durable commit has taken in (0 for a new index). */
    long committedSequence();

    /** Removes everything (before a rebuild). */
    void clear();

    @Override
    void close();
}
