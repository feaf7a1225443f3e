package org.chancery.archive.index;

import java.util.function.Consumer;
import org.chancery.archive.store.StoredCable;

/**
 * The part of the store an index rebuild reads: {@code store::forEachLatestSince} fits. Kept this narrow so the index
 * can be rebuilt from anything that lists cables in sequence order.
 */
@FunctionalInterface
public interface CableFeed {

    /** Visits the latest version of every cable written after {@code afterSequence}, in increasing sequence order. */
    void forEachLatestSince(long afterSequence, Consumer<StoredCable> visitor);
}
