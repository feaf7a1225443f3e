package org.chancery.cli.search;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.archive.access.FullAccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.index.ReadOnlyIndex;
import org.chancery.archive.query.QuerySyntaxException;
import org.chancery.archive.search.CableSearcher;
import org.chancery.archive.search.SearchBenchmark;
import org.chancery.cli.archive.ArchiveOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chancery bench search}: search throughput and latency percentiles over a query file. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Run a query set against the index (first page, facets and highlights) and print latencies.")
public final class BenchSearchCommand implements Callable<Integer> {

    @Option(
            names = "--queries",
            paramLabel = "FILE",
            defaultValue = "bench/queries/mixed.txt",
            description = "One query per line, '#' comments (default ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured rounds first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "10", description = "Measured rounds (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(
            names = "--no-facets",
            negatable = true,
            defaultValue = "true",
            description = "Count facets (default; --no-facets leaves them out to see their share).")
    boolean facets;

    @Option(
            names = "--no-highlights",
            negatable = true,
            defaultValue = "true",
            description = "Highlight the page (default; --no-highlights leaves it out).")
    boolean highlights;

    @Mixin
    ArchiveOptions archive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> set = readQueries(queries);
        if (set.isEmpty()) {
            err.println("no queries in " + queries);
            return SearchCommand.BAD_QUERY;
        }
        ReadOnlyIndex index;
        try {
            index = ReadOnlyIndex.open(archive.location().dataDirectory());
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return SearchCommand.NO_INDEX;
        }
        try (index) {
            var searcher = new CableSearcher(index.searchers(), new FullAccessPolicy());
            var figures =
                    new SearchBenchmark(searcher, Principal.OPERATOR, facets, highlights).run(set, warmup, rounds);
            out.printf(
                    "%d queries x %d rounds (after %d warm-up rounds), %,d hits per round%n",
                    figures.queries(), figures.rounds(), warmup, figures.totalHits());
            out.printf("throughput  %,.0f queries/s%n", figures.queriesPerSecond());
            out.printf(
                    "latency ms  p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
                    figures.p50(), figures.p90(), figures.p99(), figures.max());
            out.printf("cpu ms      p50 %.2f  p99 %.2f  (searching thread only)%n", figures.cpuP50(), figures.cpuP99());
            out.println("slowest queries (median cpu ms / wall ms, hits):");
            for (var q : figures.slowest()) {
                out.printf("  %8.2f %8.2f %,10d  %s%n", q.cpuMillis(), q.millis(), q.hits(), q.query());
            }
            return 0;
        } catch (QuerySyntaxException e) {
            err.println("bad query in " + queries + ": " + e.pointer());
            return SearchCommand.BAD_QUERY;
        }
    }

    static List<String> readQueries(Path file) throws IOException {
        List<String> result = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String q = line.strip();
            if (!q.isEmpty() && !q.startsWith("#")) {
                result.add(q);
            }
        }
        return result;
    }
}
