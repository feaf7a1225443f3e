package org.chancery.bench.web;

import java.util.Arrays;

/** Latencies of one kind of request, in microseconds, and their percentiles. Not thread-safe: one per reader. */
final class LatencyRecorder {

    private long[] micros = new long[1024];
    private int count;
    private int errors;

    void record(long nanos) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = nanos / 1_000;
    }

    void error() {
        errors++;
    }

    void addAll(LatencyRecorder other) {
        for (int i = 0; i < other.count; i++) {
            record(other.micros[i] * 1_000);
        }
        errors += other.errors;
    }

    int count() {
        return count;
    }

    int errors() {
        return errors;
    }

    /** The p-th percentile (0 < p <= 100) in milliseconds, nearest rank. */
    double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1_000.0;
    }
}
