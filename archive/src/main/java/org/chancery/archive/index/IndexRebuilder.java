package org.chancery.archive.index;

import java.util.ArrayList;
import java.util.List;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.StoredCable;

/**
 * Brings an index up to date with the store: {@link #rebuild} from scratch, {@link #catchUp} from the index's last
 * committed sequence. Writes go in batches with one commit at the end, never a commit per cable.
 *
 * <p>The one way an index is caught up: {@code chancery reindex} rebuilds with it, and every import catches up with it
 * first, which repairs whatever an interrupted import left between its store and index commits.
 */
public final class IndexRebuilder {

    /** Progress, reported after each batch. */
    @FunctionalInterface
    public interface Progress {
        void indexed(long cables);

        Progress NONE = n -> {};
    }

    /** What a run did. */
    public record Summary(long cables, long throughSequence, long millis) {}

    private final CableFeed feed;
    private final int batchSize;

    public IndexRebuilder(CableFeed feed, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.feed = feed;
        this.batchSize = batchSize;
    }

    /**
     * Empties the index and takes in every cable. {@code storeLastSequence} must be read before the scan starts:
     * anything written during the scan is then taken in again by the next catch-up, which is harmless.
     */
    public Summary rebuild(CableIndex index, long storeLastSequence, Progress progress) {
        index.clear();
        return takeIn(index, 0, storeLastSequence, progress);
    }

    /**
     * Takes in what the store wrote after the index's committed sequence; does nothing when the index is up to date.
     * An index ahead of the store has seen writes this store never had (another or a recreated database): it is
     * rebuilt.
     */
    public Summary catchUp(CableIndex index, long storeLastSequence, Progress progress) {
        long committed = index.committedSequence();
        if (committed == storeLastSequence) {
            return new Summary(0, committed, 0);
        }
        if (committed > storeLastSequence) {
            return rebuild(index, storeLastSequence, progress);
        }
        return takeIn(index, committed, storeLastSequence, progress);
    }

    /** Catches {@code index} up with everything {@code store} wrote after the index's committed sequence. */
    public static Summary catchUp(CableStore store, CableIndex index, int batchSize) {
        return new IndexRebuilder(store::forEachLatestSince, batchSize)
                .catchUp(index, store.lastSequence(), Progress.NONE);
    }

    private Summary takeIn(CableIndex index, long after, long storeLastSequence, Progress progress) {
        long start = System.nanoTime();
        List<StoredCable> batch = new ArrayList<>(batchSize);
        long[] counts = {0};
        feed.forEachLatestSince(after, cable -> {
            batch.add(cable);
            if (batch.size() == batchSize) {
                index.upsert(batch);
                counts[0] += batch.size();
                batch.clear();
                progress.indexed(counts[0]);
            }
        });
        if (!batch.isEmpty()) {
            index.upsert(batch);
            counts[0] += batch.size();
            progress.indexed(counts[0]);
        }
        long through = Math.max(storeLastSequence, after);
        index.commit(through);
        return new Summary(counts[0], through, (System.nanoTime() - start) / 1_000_000);
    }
}
