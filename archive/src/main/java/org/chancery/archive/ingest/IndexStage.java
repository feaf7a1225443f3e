package org.chancery.archive.ingest;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.chancery.archive.index.CableIndex;
import org.chancery.archive.store.StoredCable;

/**
 * Feeds stored batches to the index on a thread of its own, so that indexing one batch overlaps storing the next:
 * storing waits on the database, indexing on the analyser, and on two cores neither should wait for the other.
 *
 * <p>One thread keeps the batches (and commits) in the order they were stored, so the last version of a cable is
 * the one the index keeps and a commit covers everything stored before its sequence. At most {@code depth} batches
 * wait or run at a time: a slow index slows the writer instead of filling the heap. A failure of the index reaches
 * the writer at its next hand-over or at {@link #finish}.
 */
final class IndexStage implements AutoCloseable {
    private final CableIndex index;
    private final StageClock clock;
    private final int depth;
    private final ExecutorService thread;
    private final Deque<Future<?>> inFlight = new ArrayDeque<>();

    IndexStage(CableIndex index, StageClock clock, int depth) {
        this.index = index;
        this.clock = clock;
        this.depth = depth;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cable-indexer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues a batch for the index, and a commit through {@code commitThrough} after it when that is positive. */
    void submit(Collection<StoredCable> cables, long commitThrough) {
        while (inFlight.size() >= depth) {
            await(inFlight.removeFirst());
        }
        inFlight.addLast(thread.submit(() -> clock.time(StageClock.Stage.INDEX, () -> {
            if (!cables.isEmpty()) {
                index.upsert(cables);
            }
            if (commitThrough > 0) {
                index.commit(commitThrough);
            }
        })));
    }

    /** Waits until everything queued is in the index (and committed, where asked). */
    void finish() {
        while (!inFlight.isEmpty()) {
            await(inFlight.removeFirst());
        }
    }

    private static void await(Future<?> work) {
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("indexing failed", e.getCause());
        }
    }

    /**
     * Stops the thread once queued work is done. It is never interrupted: an interrupt inside Lucene's file I/O can
     * close the index writer for good, and at most {@code depth} batches are left to wait for.
     */
    @Override
    public void close() {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                // keep waiting: abandoning the indexer would leave it writing into a closing index
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
