package org.chancery.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chancery.archive.index.CableIndex;
import org.chancery.archive.store.StoredCable;
import org.chancery.archive.store.TestCables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 1, unit = TimeUnit.MINUTES)
class IndexStageTest {

    /** Logs what it is asked, in order, from whichever thread asks. */
    private static final class LoggingIndex implements CableIndex {
        final List<String> log = Collections.synchronizedList(new ArrayList<>());
        volatile String failOn;

        @Override
        public void upsert(Collection<StoredCable> cables) {
            for (StoredCable c : cables) {
                if (c.referenceId().equals(failOn)) {
                    throw new IllegalStateException("cannot index " + failOn);
                }
                log.add("upsert " + c.referenceId() + " v" + c.version());
            }
        }

        @Override
        public void commit(long throughSequence) {
            log.add("commit " + throughSequence);
        }

        @Override
        public long committedSequence() {
            return 0;
        }

        @Override
        public void clear() {}

        @Override
        public void close() {}
    }

    private static StoredCable stored(String id, int version, long sequence) {
        return new StoredCable(id, version, sequence, Instant.EPOCH, TestCables.full(id));
    }

    @Test
    void batchesAndCommitsReachTheIndexInTheOrderTheyWereStored() {
        LoggingIndex index = new LoggingIndex();
        try (IndexStage stage = new IndexStage(index, new StageClock(), 2)) {
            stage.submit(List.of(stored("07NORTHCAPE1", 1, 1), stored("07NORTHCAPE2", 1, 2)), -1);
            stage.submit(List.of(stored("07NORTHCAPE1", 2, 3)), 3);
            stage.submit(List.of(), -1);
            stage.submit(List.of(stored("07NORTHCAPE3", 1, 4)), 4);
            stage.finish();
        }

        // the later version of a cable comes after the earlier one, and each commit after the batches it covers
        assertThat(index.log)
                .containsExactly(
                        "upsert 07NORTHCAPE1 v1",
                        "upsert 07NORTHCAPE2 v1",
                        "upsert 07NORTHCAPE1 v2",
                        "commit 3",
                        "upsert 07NORTHCAPE3 v1",
                        "commit 4");
    }

    @Test
    void aFailureOfTheIndexReachesTheWriterAndNothingAfterItIsCommitted() {
        LoggingIndex index = new LoggingIndex();
        index.failOn = "07NORTHCAPE2";
        try (IndexStage stage = new IndexStage(index, new StageClock(), 1)) {
            stage.submit(List.of(stored("07NORTHCAPE1", 1, 1)), -1);
            stage.submit(List.of(stored("07NORTHCAPE2", 1, 2)), 2);
            assertThatThrownBy(() -> {
                        stage.submit(List.of(stored("07NORTHCAPE3", 1, 3)), 3);
                        stage.finish();
                    })
                    .hasMessageContaining("cannot index 07NORTHCAPE2");
        }
        assertThat(index.log).doesNotContain("commit 2", "commit 3");
    }
}
