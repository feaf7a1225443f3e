package org.chancery.archive.ingest;

import java.time.Duration;

/**
 * Where an import stands, reported after each committed batch.
 *
 * @param read records read so far
 * @param stored records accepted so far (new, new versions and unchanged)
 * @param rejected records rejected so far
 * @param bytesRead input bytes consumed so far
 * @param totalBytes size of all input files
 * @param elapsed time since the import started
 */
public record ImportProgress(long read, long stored, long rejected, long bytesRead, long totalBytes, Duration elapsed) {

    /** Records per second so far. */
    public double rate() {
        return read / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }

    /** Fraction of the input consumed, 0 to 1. */
    public double fraction() {
        return totalBytes <= 0 ? 0 : Math.min(1.0, (double) bytesRead / totalBytes);
    }

    /** Estimated time left, from the bytes consumed so far; null until there is something to go on. */
    public Duration remaining() {
        double f = fraction();
        if (f <= 0.001) {
            return null;
        }
        return Duration.ofMillis((long) (elapsed.toMillis() * (1 - f) / f));
    }
}
