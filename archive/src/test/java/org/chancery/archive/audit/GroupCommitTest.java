package org.chancery.archive.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void concurrentCallersShareWritesAndEachGetsItsOwnResult() throws Exception {
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        GroupCommit<Integer, String> commit = new GroupCommit<>(items -> {
            batchSizes.add(items.size());
            sleep(5); // a write that takes a while, as a commit does
            return items.stream().map(i -> "#" + i).toList();
        });
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> calls = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int thread = t;
            calls.add(pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    int item = thread * 1000 + i;
                    if (!commit.append(item).equals("#" + item)) {
                        return false;
                    }
                }
                return true;
            }));
        }
        for (Future<Boolean> call : calls) {
            assertThat(call.get()).isTrue();
        }
        pool.shutdown();
        assertThat(batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(320);
        assertThat(batchSizes.size()).as("writes shared between callers").isLessThan(320);
    }

    @Test
    void aFailedWriteFailsEveryCallerInIt() {
        GroupCommit<Integer, String> commit = new GroupCommit<>(items -> {
            throw new IllegalStateException("disk full");
        });
        assertThatThrownBy(() -> commit.append(1)).hasMessage("disk full");
        // the next caller writes again rather than waiting for ever
        assertThatThrownBy(() -> commit.append(2)).hasMessage("disk full");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
