package org.chancery.telegram.fuzz;

import java.lang.management.ManagementFactory;

/**
 * Measures the work of reading an input by the bytes the reading thread allocates: deterministic enough to compare
 * an input with one twice its size (unlike wall-clock time on a shared machine), and it grows quadratically when a
 * reader copies what it has read over and over. CPU time is measured too, for printing only.
 */
final class WorkMeter {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /**
     * @param allocatedBytes bytes allocated by the reading thread
     * @param cpuNanos CPU time of the reading thread
     */
    record Work(long allocatedBytes, long cpuNanos) {}

    private WorkMeter() {}

    static boolean available() {
        return THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled();
    }

    /** The least work of a few runs: JIT compilation and escape analysis only ever remove allocation. */
    static Work measure(Runnable read, int runs) {
        long bytes = Long.MAX_VALUE;
        long cpu = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long b0 = THREADS.getCurrentThreadAllocatedBytes();
            long c0 = THREADS.getCurrentThreadCpuTime();
            read.run();
            bytes = Math.min(bytes, THREADS.getCurrentThreadAllocatedBytes() - b0);
            cpu = Math.min(cpu, THREADS.getCurrentThreadCpuTime() - c0);
        }
        return new Work(bytes, cpu);
    }
}
