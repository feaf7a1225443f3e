package org.chancery.cli.search;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.chancery.archive.access.ArchivePolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.declass.JdbcDeclassificationLedger;
import org.chancery.archive.index.ReadOnlyIndex;
import org.chancery.archive.query.QuerySyntaxException;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.archive.search.CableSearcher;
import org.chancery.archive.search.SearchBenchmark;
import org.chancery.cli.archive.ArchiveOptions;
import org.chancery.cli.archive.ArchiveSession;
import org.chancery.telegram.model.Classification;
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

    @Option(
            names = "--clearance",
            paramLabel = "LEVEL",
            description = "Search as an invented reader with this clearance (UNCLASSIFIED, CONFIDENTIAL, SECRET,"
                    + " TOP_SECRET) under the archive's access policy; default: the operator account's rights.")
    Classification clearance;

    @Option(
            names = "--foreign",
            paramLabel = "COUNTRY",
            description =
                    "Make the invented reader a non-US national of this country (NOFORN hidden, REL TO honoured).")
    String foreign;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "Decide access as on this day (declassification dates before it have passed); default today.")
    java.time.LocalDate asOf;

    @Option(
            names = "--searcher-only",
            description = "Measure the searcher alone (access filter applied, but no account check and no audit"
                    + " entry); implied by --clearance, --foreign and --as-of. Default: through the reading room,"
                    + " as the acting account, audited like any search.")
    boolean searcherOnly;

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
        boolean alone = searcherOnly || clearance != null || foreign != null || asOf != null;
        try {
            if (alone) {
                return searcherAlone(set, out, err);
            }
            try (ArchiveSession session = ArchiveSession.open(archive)) {
                ReadingRoom room = session.readingRoom();
                out.println("path: the reading room (account check, access filter, one audit entry per search)");
                describe(out, session.reader(), java.time.LocalDate.now(session.clock()));
                report(
                        out,
                        new SearchBenchmark(
                                        (request, who) -> room.search(who, request),
                                        session.reader(),
                                        facets,
                                        highlights)
                                .run(set, warmup, rounds));
                return 0;
            } catch (IllegalStateException noIndex) {
                err.println(noIndex.getMessage());
                return SearchCommand.NO_INDEX;
            }
        } catch (QuerySyntaxException e) {
            err.println("bad query in " + queries + ": " + e.pointer());
            return SearchCommand.BAD_QUERY;
        }
    }

    private int searcherAlone(List<String> set, PrintWriter out, PrintWriter err) throws IOException {
        ReadOnlyIndex index;
        try {
            index = ReadOnlyIndex.open(archive.location().dataDirectory());
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return SearchCommand.NO_INDEX;
        }
        Principal reader = reader();
        Clock clock = asOf == null
                ? Clock.systemUTC()
                : Clock.fixed(asOf.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC);
        try (index;
                var ledger = JdbcDeclassificationLedger.open(archive.location().database(), Clock.systemUTC())) {
            var searcher = new CableSearcher(index.searchers(), new ArchivePolicy(clock, ledger));
            out.println("path: the searcher alone (access filter applied; no account check, no audit)");
            describe(out, reader, java.time.LocalDate.now(clock));
            report(out, new SearchBenchmark(searcher::search, reader, facets, highlights).run(set, warmup, rounds));
            return 0;
        }
    }

    private static void describe(PrintWriter out, Principal reader, java.time.LocalDate day) {
        out.printf(
                "reader: %s, %s, %s; access as of %s%n",
                reader.name(),
                reader.clearance().label(),
                reader.usNational() ? "US national" : "foreign (" + String.join(",", reader.releasability()) + ")",
                day);
    }

    private void report(PrintWriter out, SearchBenchmark.Figures figures) {
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
    }

    /** The operator, or an invented reader of no post and no restricted channel with the given clearance. */
    private Principal reader() {
        if (clearance == null && foreign == null) {
            return Principal.OPERATOR;
        }
        Classification level = clearance == null ? Classification.TOP_SECRET : clearance;
        boolean us = foreign == null;
        return new Principal(
                "bench-" + level.name().toLowerCase(java.util.Locale.ROOT),
                level,
                us,
                us ? Set.of() : Set.of(foreign.toUpperCase(java.util.Locale.ROOT)),
                Set.of(),
                Set.of("reader"),
                Set.of());
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
