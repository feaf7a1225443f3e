package org.chancery.archive.ingest;

/**
 * Tuning of an import.
 *
 * @param batchSize cables per store transaction
 * @param parserThreads threads parsing records while one thread reads and the caller's thread writes
 * @param queueCapacity records read ahead of the writer at most (bounds memory)
 * @param indexCommitEveryBatches batches between two index commits; the index catch-up covers what an interruption
 *     leaves uncommitted, so committing less often only costs a longer catch-up
 */
public record ImportOptions(int batchSize, int parserThreads, int queueCapacity, int indexCommitEveryBatches) {

    public ImportOptions {
        if (batchSize < 1 || parserThreads < 1 || queueCapacity < 1 || indexCommitEveryBatches < 1) {
            throw new IllegalArgumentException("import options must be positive");
        }
    }

    /**
     * 1000 cables per transaction, one parser thread per core, an index commit every 50,000 cables. Each index commit
     * ends a segment: committing every 20,000 cables made a 250,000-cable import write 13 small segments and spend
     * CPU merging them; an interrupted import re-indexes at most the last 50,000 from the store.
     */
    public static ImportOptions defaults() {
        return new ImportOptions(1000, Runtime.getRuntime().availableProcessors(), 2000, 50);
    }

    public ImportOptions withBatchSize(int size) {
        return new ImportOptions(size, parserThreads, queueCapacity, indexCommitEveryBatches);
    }
}
