package org.chancery.cli.archive;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.archive.access.FullAccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.index.IndexFields;
import org.chancery.archive.index.ReadOnlyIndex;
import org.chancery.archive.ingest.ImportOptions;
import org.chancery.archive.search.CableSearcher;
import org.chancery.archive.search.FacetCount;
import org.chancery.archive.search.SearchHit;
import org.chancery.archive.search.SearchRequest;
import org.chancery.archive.search.SearchResult;
import org.chancery.archive.search.SortOrder;
import org.chancery.telegram.synthetic.CableGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chancery demo}: fills an empty archive with a generated sample corpus, then shows what it holds and how to
 * search it. On an archive that already has cables it only shows (no re-import).
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Loads a generated sample corpus into the archive when it is empty (written by our generator: invented"
                    + " text, real format), then shows what the archive holds and a few searches.",
            "Starting again on a filled archive only shows it."
        })
public final class DemoCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Option(
            names = "--count",
            paramLabel = "N",
            description = "Cables in the sample corpus (default: ${DEFAULT-VALUE}).")
    long count = 5_000;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the sample corpus (default: ${DEFAULT-VALUE}).")
    long seed = 2008;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ArchiveSession session = ArchiveSession.open(archive)) {
            Path data = session.location().dataDirectory();
            if (session.store().count() == 0) {
                Path corpus = data.resolve("sample-corpus-" + seed + ".csv.gz");
                out.printf("The archive in %s is empty: generating %,d sample cables into %s%n", data, count, corpus);
                out.flush();
                GenerateCommand.write(new CableGenerator(seed, count), corpus, count, out);
                out.println("Importing them:");
                ImportCommand.importPaths(
                        session, List.of(corpus), ImportOptions.defaults().batchSize(), out);
            } else {
                out.printf("The archive in %s already holds cables; showing it (no import).%n", data);
            }
        }
        show(out);
        out.flush();
        return 0;
    }

    private void show(PrintWriter out) {
        try (ReadOnlyIndex index = ReadOnlyIndex.open(archive.location().dataDirectory())) {
            CableSearcher searcher = new CableSearcher(index.searchers(), new FullAccessPolicy());
            SearchResult all =
                    searcher.search(new SearchRequest("", SortOrder.DATE, 0, 3, true, false), Principal.OPERATOR);
            out.printf("%nThe archive holds %,d cables.%n", all.total());
            facet(out, "By classification", all.facets().get(IndexFields.FACET_CLASSIFICATION), 5);
            facet(out, "By year", all.facets().get(IndexFields.FACET_YEAR), 6);
            facet(out, "Top origins", all.facets().get(IndexFields.FACET_ORIGIN), 5);
            facet(out, "Top TAGS", all.facets().get(IndexFields.FACET_TAGS), 8);

            String example = "tag:PTER from:2008-01 to:2008-12";
            SearchResult hits = searcher.search(
                    new SearchRequest(example, SortOrder.RELEVANCE, 0, 5, false, false), Principal.OPERATOR);
            out.printf("%nSearch  %s  ->  %,d cables%n", example, hits.total());
            for (SearchHit hit : hits.hits()) {
                out.printf(
                        "  %-18s %s  %-12s %s%n",
                        hit.id(), hit.date(), hit.classification().label(), hit.subject());
            }
            String sample = hits.hits().isEmpty()
                    ? (all.hits().isEmpty() ? null : all.hits().getFirst().id())
                    : hits.hits().getFirst().id();
            out.println();
            out.println("Try next:");
            out.println("  ./chancery search 'caption:SIPDIS handling:NOFORN \"economic reform\"' --facets");
            if (sample != null) {
                out.println("  ./chancery show " + sample + " --as telegram");
                out.println("  ./chancery refs " + sample + " --depth 2");
            }
            out.println("  ./chancery stats");
            out.println("  ./chancery import ../shared/corpus/cables.csv      (real cables, any layout)");
            out.println("  ./chancery --help");
        }
    }

    private static void facet(PrintWriter out, String title, List<FacetCount> counts, int top) {
        if (counts == null || counts.isEmpty()) {
            return;
        }
        out.println(title + ":");
        counts.stream().limit(top).forEach(c -> out.printf("  %-36s %,9d%n", c.value(), c.count()));
    }
}
