package org.chancery.archive.ingest;

import java.time.Duration;

/**
 * Where an import spent its CPU time, stage by stage, summed over the threads of each stage. CPU time rather than
 * wall-clock time, because the stages overlap on separate threads and a busy machine stretches wall-clock time.
 *
 * @param read reading and decompressing the input, splitting it into records
 * @param parse parsing records into cables (all parser threads)
 * @param store writing batches to the store, content hashing included
 * @param index building, analysing and committing index documents (merges run on Lucene's own threads and are not
 *     counted)
 */
public record ImportTimings(Duration read, Duration parse, Duration store, Duration index) {

    public static final ImportTimings NONE =
            new ImportTimings(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    /** Microseconds of a stage per cable, for {@code cables} cables. */
    public static double microsPerCable(Duration stage, long cables) {
        return cables <= 0 ? 0 : stage.toNanos() / 1e3 / cables;
    }
}
