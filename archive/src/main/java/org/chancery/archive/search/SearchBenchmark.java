package org.chancery.archive.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.chancery.archive.access.Principal;

/**
 * Measures search latency in-process over a query set: each query runs as a full first-page request with facets and
 * highlights, as the web UI would ask it (either can be left out to see its share). Warm-up rounds run first and are
 * not measured.
 */
public final class SearchBenchmark {

    /**
     * The figures of one run; latencies in milliseconds. The {@code cpu} figures are the searching thread's own CPU
     * time per query: on a shared, busy machine they show what the wall-clock figures would be on an idle one.
     */
    public record Figures(
            int queries,
            int rounds,
            long totalHits,
            double seconds,
            double p50,
            double p90,
            double p99,
            double max,
            double cpuP50,
            double cpuP99,
            List<QueryFigures> slowest) {

        public double queriesPerSecond() {
            return queries * (double) rounds / seconds;
        }
    }

    /**
     * One query's medians over the rounds, to tell which queries make the tail.
     *
     * @param query the query
     * @param hits its hit count
     * @param millis median wall-clock latency
     * @param cpuMillis median CPU time of the searching thread
     */
    public record QueryFigures(String query, long hits, double millis, double cpuMillis) {}

    /** How many of the slowest queries {@link Figures#slowest} lists. */
    public static final int SLOWEST = 5;

    /** One search as the benchmark makes it: through the reading room, or straight to a searcher. */
    @FunctionalInterface
    public interface SearchPath {
        SearchResult search(SearchRequest request, Principal reader);
    }

    private final SearchPath searcher;
    private final Principal reader;

    private final boolean facets;
    private final boolean highlights;

    /** A benchmark of full requests: facets and highlights. */
    public SearchBenchmark(SearchPath searcher, Principal reader) {
        this(searcher, reader, true, true);
    }

    /** A benchmark with or without facets and highlights, to see what each costs. */
    public SearchBenchmark(SearchPath searcher, Principal reader, boolean facets, boolean highlights) {
        this.searcher = searcher;
        this.reader = reader;
        this.facets = facets;
        this.highlights = highlights;
    }

    public Figures run(List<String> queries, int warmupRounds, int rounds) {
        for (int w = 0; w < warmupRounds; w++) {
            for (String q : queries) {
                searcher.search(request(q), reader);
            }
        }
        long[] nanos = new long[queries.size() * rounds];
        long[] cpu = new long[nanos.length];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
        long[][] perQueryNanos = new long[queries.size()][rounds];
        long[][] perQueryCpu = new long[queries.size()][rounds];
        long[] perQueryHits = new long[queries.size()];
        long hits = 0;
        int i = 0;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (int q = 0; q < queries.size(); q++) {
                long c0 = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
                long t0 = System.nanoTime();
                long total = searcher.search(request(queries.get(q)), reader).total();
                nanos[i] = System.nanoTime() - t0;
                cpu[i] = cpuTimed ? threads.getCurrentThreadCpuTime() - c0 : 0;
                perQueryNanos[q][round] = nanos[i];
                perQueryCpu[q][round] = cpu[i++];
                perQueryHits[q] = total;
                hits += total;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<QueryFigures> perQuery = new ArrayList<>(queries.size());
        for (int q = 0; q < queries.size(); q++) {
            Arrays.sort(perQueryNanos[q]);
            Arrays.sort(perQueryCpu[q]);
            perQuery.add(new QueryFigures(
                    queries.get(q),
                    perQueryHits[q],
                    percentile(perQueryNanos[q], 0.5),
                    percentile(perQueryCpu[q], 0.5)));
        }
        perQuery.sort(Comparator.comparingDouble(QueryFigures::cpuMillis).reversed());
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        return new Figures(
                queries.size(),
                rounds,
                hits / Math.max(1, rounds),
                seconds,
                percentile(nanos, 0.50),
                percentile(nanos, 0.90),
                percentile(nanos, 0.99),
                nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6,
                percentile(cpu, 0.50),
                percentile(cpu, 0.99),
                List.copyOf(perQuery.subList(0, Math.min(SLOWEST, perQuery.size()))));
    }

    private SearchRequest request(String query) {
        return new SearchRequest(query, SortOrder.RELEVANCE, 0, 20, facets, highlights);
    }

    /** Nearest-rank percentile of sorted nanoseconds, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
