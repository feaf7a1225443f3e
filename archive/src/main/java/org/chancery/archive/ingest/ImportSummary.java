package org.chancery.archive.ingest;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What an import did.
 *
 * @param read records read from the input (accepted or rejected)
 * @param imported cables the archive did not have before
 * @param newVersions known cables whose content changed: stored as their next version
 * @param unchanged cables whose content the archive already had
 * @param rejected records that could not be read or parsed
 * @param bytes input bytes read (compressed size for {@code .gz})
 * @param elapsed wall-clock time of the import
 * @param rejectsFile the file listing the rejected records, or null when none was rejected
 * @param timings CPU time per stage (read, parse, store, index)
 */
public record ImportSummary(
        long read,
        long imported,
        long newVersions,
        long unchanged,
        long rejected,
        long bytes,
        Duration elapsed,
        Path rejectsFile,
        ImportTimings timings) {

    /** Cables per second over the whole import. */
    public double cablesPerSecond() {
        return read / Math.max(1e-9, elapsed.toNanos() / 1e9);
    }
}
