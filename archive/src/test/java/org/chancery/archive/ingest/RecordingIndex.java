package org.chancery.archive.ingest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chancery.archive.index.CableIndex;
import org.chancery.archive.store.StoredCable;

/** An in-memory index that keeps what it was given, committed or not, like a real one would on disk. */
final class RecordingIndex implements CableIndex {
    final Map<String, StoredCable> pending = new LinkedHashMap<>();
    final Map<String, StoredCable> committed = new LinkedHashMap<>();
    long committedSequence;
    int commits;

    @Override
    public void upsert(Collection<StoredCable> cables) {
        cables.forEach(c -> pending.put(c.referenceId(), c));
    }

    @Override
    public void commit(long throughSequence) {
        committed.putAll(pending);
        pending.clear();
        committedSequence = throughSequence;
        commits++;
    }

    @Override
    public long committedSequence() {
        return committedSequence;
    }

    @Override
    public void clear() {
        pending.clear();
        committed.clear();
    }

    /** What a crash leaves: the last commit. */
    void crash() {
        pending.clear();
    }

    @Override
    public void close() {}
}
