package org.chancery.archive.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Adds up the CPU time the import's stages spend, from whichever thread runs them. Falls back to wall-clock time on a
 * JVM that cannot measure thread CPU time.
 */
final class StageClock {

    /** The stages an import is split into. */
    enum Stage {
        READ,
        PARSE,
        STORE,
        INDEX
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

    private final LongAdder[] nanos = new LongAdder[Stage.values().length];

    StageClock() {
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = new LongAdder();
        }
    }

    /** The current thread's CPU time, the mark {@link #add} measures from. */
    static long now() {
        return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Adds the time since {@code mark} (from {@link #now}) to a stage. */
    void add(Stage stage, long mark) {
        nanos[stage.ordinal()].add(now() - mark);
    }

    <T> T time(Stage stage, Supplier<T> work) {
        long mark = now();
        try {
            return work.get();
        } finally {
            add(stage, mark);
        }
    }

    void time(Stage stage, Runnable work) {
        long mark = now();
        try {
            work.run();
        } finally {
            add(stage, mark);
        }
    }

    ImportTimings timings() {
        return new ImportTimings(of(Stage.READ), of(Stage.PARSE), of(Stage.STORE), of(Stage.INDEX));
    }

    private Duration of(Stage stage) {
        return Duration.ofNanos(nanos[stage.ordinal()].sum());
    }
}
