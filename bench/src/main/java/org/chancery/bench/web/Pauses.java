package org.chancery.bench.web;

import java.util.SplittableRandom;

/**
 * A reader's pauses between pages: exponentially distributed around a mean, as the gaps between one person's
 * requests are usually modelled, and cut at ten times the mean so that one unlucky draw cannot idle a reader for the
 * rest of a short run. A mean of zero never pauses.
 */
final class Pauses {

    private static final double LONGEST = 10.0;

    private final long meanMillis;
    private final SplittableRandom random;

    /** @param seed the same seed draws the same pauses, so two runs offer the same load */
    Pauses(long meanMillis, long seed) {
        if (meanMillis < 0) {
            throw new IllegalArgumentException("a mean pause cannot be negative: " + meanMillis + " ms");
        }
        this.meanMillis = meanMillis;
        this.random = new SplittableRandom(seed);
    }

    /** The next pause, in milliseconds. */
    long next() {
        if (meanMillis == 0) {
            return 0;
        }
        double u = random.nextDouble();
        return Math.round(meanMillis * Math.min(LONGEST, -Math.log1p(-u)));
    }

    void pause() throws InterruptedException {
        long millis = next();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
