package org.chancery.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chancery.archive.access.FullAccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.index.SyntheticCables;
import org.chancery.archive.store.StoredCable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexes a generated corpus and runs the shipped query set, printing the figures (never asserting on time). The
 * default size keeps the build fast; {@code -Dchancery.bench.cables=250000} gives the figures for docs/benchmarks.md.
 */
class SearchBenchmarkTest {

    @TempDir
    Path data;

    @Test
    @Timeout(1800)
    void indexAndSearchAGeneratedCorpus() throws IOException {
        int size = Integer.getInteger("chancery.bench.cables", 500);
        SyntheticCables generator = new SyntheticCables(30_000, 250);
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long startCpu = os.getProcessCpuTime();
        long startIndex = System.nanoTime();
        try (LuceneCableIndex index = LuceneCableIndex.open(data)) {
            List<StoredCable> batch = new ArrayList<>(1000);
            long indexNanos = 0;
            for (long n = 0; n < size; n++) {
                batch.add(generator.cable(n));
                if (batch.size() == 1000) {
                    long t = System.nanoTime();
                    index.upsert(batch);
                    indexNanos += System.nanoTime() - t;
                    batch.clear();
                }
            }
            long t = System.nanoTime();
            index.upsert(batch);
            index.commit(size);
            indexNanos += System.nanoTime() - t;
            double indexSeconds = (System.nanoTime() - startIndex) / 1e9;
            // process CPU (generation + indexing + merges), meaningful when other jobs share the machine
            double indexCpuSeconds = (os.getProcessCpuTime() - startCpu) / 1e9;

            CableSearcher searcher = new CableSearcher(index.searchers(), new FullAccessPolicy());
            List<String> queries = queries();
            var figures = new SearchBenchmark(searcher::search, Principal.OPERATOR)
                    .run(queries, size >= 100_000 ? 5 : 1, size >= 100_000 ? 10 : 2);

            System.out.printf(
                    "search bench: %,d cables generated+indexed in %.1f s wall (indexing alone %.1f s, %,.0f cables/s),"
                            + " %.1f s process CPU;"
                            + " %d queries x %d rounds: %.0f q/s, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms;"
                            + " thread CPU p50 %.2f ms, p99 %.2f ms%n",
                    size,
                    indexSeconds,
                    indexNanos / 1e9,
                    size / (indexNanos / 1e9),
                    indexCpuSeconds,
                    figures.queries(),
                    figures.rounds(),
                    figures.queriesPerSecond(),
                    figures.p50(),
                    figures.p90(),
                    figures.p99(),
                    figures.max(),
                    figures.cpuP50(),
                    figures.cpuP99());
            assertThat(figures.totalHits()).isPositive();
            assertThat(figures.p50()).isLessThanOrEqualTo(figures.p99());
        }
    }

    static List<String> queries() throws IOException {
        Path file = Path.of("../bench/queries/mixed.txt");
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                queries.add(line.strip());
            }
        }
        return queries;
    }
}
