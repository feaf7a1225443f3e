package org.chancery.archive.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Lets concurrent callers share one write: the first caller to find no write in progress takes every item waiting
 * at that moment and writes them together, while the others wait for their own item's result. Each call still
 * returns only once its item is durably written (or throws what the write threw), so nothing is acknowledged early.
 *
 * @param <I> what callers hand in
 * @param <R> what the write gives back for each item, in order
 */
final class GroupCommit<I, R> {

    private final Function<List<I>, List<R>> writeAll;
    private final List<Waiting<I, R>> queue = new ArrayList<>();
    private boolean writing;

    GroupCommit(Function<List<I>, List<R>> writeAll) {
        this.writeAll = writeAll;
    }

    private static final class Waiting<I, R> {
        final I item;
        R result;
        RuntimeException failure;
        boolean done;

        Waiting(I item) {
            this.item = item;
        }
    }

    R append(I item) {
        Waiting<I, R> mine = new Waiting<>(item);
        List<Waiting<I, R>> batch;
        synchronized (this) {
            queue.add(mine);
            while (writing && !mine.done) {
                awaitTurn();
            }
            if (mine.done) {
                return outcome(mine);
            }
            writing = true;
            batch = new ArrayList<>(queue);
            queue.clear();
        }
        try {
            List<R> results = writeAll.apply(batch.stream().map(w -> w.item).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result = results.get(i);
            }
        } catch (RuntimeException e) {
            batch.forEach(w -> w.failure = e);
        } finally {
            synchronized (this) {
                batch.forEach(w -> w.done = true);
                writing = false;
                notifyAll();
            }
        }
        return outcome(mine);
    }

    private void awaitTurn() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to write to the audit log", e);
        }
    }

    private R outcome(Waiting<I, R> w) {
        if (w.failure != null) {
            throw w.failure;
        }
        return w.result;
    }
}
