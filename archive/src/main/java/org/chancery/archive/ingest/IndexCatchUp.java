package org.chancery.archive.ingest;

import java.util.ArrayList;
import java.util.List;
import org.chancery.archive.index.CableIndex;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.StoredCable;

/**
 * Brings the index up to the store: hands it every cable whose latest version the index has not durably taken in.
 * Run before an import, it repairs whatever an interrupted import left between its store and index commits.
 */
public final class IndexCatchUp {
    private static final int BATCH = 1000;

    private IndexCatchUp() {}

    /** Returns the number of cables handed to the index. */
    public static long run(CableStore store, CableIndex index) {
        long last = store.lastSequence();
        long from = index.committedSequence();
        if (from == last) {
            return 0;
        }
        if (from > last) {
            // The index has seen writes this store never had (another or a recreated database): rebuild it.
            index.clear();
            from = 0;
        }
        List<StoredCable> batch = new ArrayList<>(BATCH);
        long[] count = {0};
        store.forEachLatestSince(from, stored -> {
            batch.add(stored);
            count[0]++;
            if (batch.size() == BATCH) {
                index.upsert(batch);
                batch.clear();
            }
        });
        index.upsert(batch);
        index.commit(last);
        return count[0];
    }
}
