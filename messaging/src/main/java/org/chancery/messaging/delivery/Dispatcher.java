package org.chancery.messaging.delivery;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Serves the outbox strictly by precedence: each round takes the highest-ranked deliveries queued, hands them to the
 * transport and only then marks them sent. Rounds are small, so a FLASH released behind thousands of queued
 * ROUTINE deliveries goes out in the next round. A release wakes the dispatcher; otherwise it looks again after a
 * short pause, which also covers releases made by other processes.
 */
public final class Dispatcher implements AutoCloseable {

    /** What a round did. */
    public record Round(List<Delivery> sent) {}

    private final Outbox outbox;
    private final DeliveryTransport transport;
    private final Clock clock;
    private final int roundSize;
    private final long idlePauseMillis;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final AtomicLong sent = new AtomicLong();
    private volatile boolean woken;
    private volatile boolean running;
    private volatile Consumer<List<Delivery>> afterRound = d -> {};
    private volatile String lastFailure;
    private Thread thread;

    public Dispatcher(Outbox outbox, DeliveryTransport transport, Clock clock, int roundSize, long idlePauseMillis) {
        if (roundSize < 1) {
            throw new IllegalArgumentException("a round must send at least one delivery");
        }
        this.outbox = outbox;
        this.transport = transport;
        this.clock = clock;
        this.roundSize = roundSize;
        this.idlePauseMillis = idlePauseMillis;
    }

    /** Called with each round's deliveries once they count as sent (for progress and latency measurements). */
    public void afterEachRound(Consumer<List<Delivery>> listener) {
        this.afterRound = listener;
    }

    /**
     * Sends one round: up to the round size, highest precedence first.
     *
     * @return the deliveries sent (empty when the outbox was empty)
     * @throws TransportException when the transport refused them; they stay queued
     */
    public Round dispatchOnce() {
        List<Outbox.Queued> batch = outbox.next(roundSize);
        if (batch.isEmpty()) {
            return new Round(List.of());
        }
        List<Delivery> deliveries = batch.stream().map(Outbox.Queued::delivery).toList();
        transport.send(deliveries);
        outbox.markSent(batch, clock.instant());
        sent.addAndGet(deliveries.size());
        afterRound.accept(deliveries);
        return new Round(deliveries);
    }

    /** Sends rounds until the outbox is empty; returns how many deliveries were sent. */
    public long drain() {
        long n = 0;
        for (Round r = dispatchOnce(); !r.sent().isEmpty(); r = dispatchOnce()) {
            n += r.sent().size();
        }
        return n;
    }

    /** Starts serving on a thread of its own. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("chancery-dispatcher").daemon(true).start(this::serve);
    }

    /** Tells the dispatcher there is new work (a release just committed). */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public long sentSoFar() {
        return sent.get();
    }

    /** The last transport failure, or null while the transport takes everything. */
    public String lastFailure() {
        return lastFailure;
    }

    private void serve() {
        long backoff = idlePauseMillis;
        while (running) {
            try {
                if (!dispatchOnce().sent().isEmpty()) {
                    lastFailure = null;
                    backoff = idlePauseMillis;
                    continue;
                }
                pause(idlePauseMillis);
            } catch (TransportException | org.chancery.archive.jdbc.DatabaseException e) {
                lastFailure = e.getMessage();
                pause(backoff);
                backoff = Math.min(5_000, Math.max(50, backoff * 2));
            }
        }
    }

    private void pause(long millis) {
        lock.lock();
        try {
            if (!woken && running) {
                work.await(millis, TimeUnit.MILLISECONDS);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        wake();
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
