package org.chancery.cli.archive;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.archive.search.ArchiveStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chancery stats}: what the archive holds, by year, origin, classification and tag. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "Counts the cables of the archive (those the reader may see) by year, origin, classification"
                + " and tag.")
public final class StatsCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--top", paramLabel = "N", description = "Origins and tags to list (default: ${DEFAULT-VALUE}).")
    int top = 10;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ArchiveSession session = ArchiveSession.open(archive)) {
            ArchiveStats stats = compute(session);
            out.printf("%,d cables%n", stats.cables());
            section(out, "by year", stats.byYear());
            section(out, "by classification", stats.byClassification());
            section(out, "top " + top + " origins", stats.byOrigin());
            section(out, "top " + top + " tags", stats.byTag());
            out.flush();
            return 0;
        }
    }

    /**
     * Through the reading room, like the web: from the index's facets, under the same access filter as a search. An
     * archive without an index yet (nothing imported since it was created) is counted by the reading room itself.
     */
    private ArchiveStats compute(ArchiveSession session) {
        long behind = session.indexLag();
        if (behind > 0) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "note: the index has not taken in the last %,d writes of the store; run `chancery"
                                    + " import` again or `chancery reindex` for exact counts%n",
                            behind);
        }
        return session.readingRoom().stats(session.reader(), top);
    }

    private static void section(PrintWriter out, String title, List<ArchiveStats.Count> counts) {
        out.println();
        out.println(title + ":");
        counts.forEach(c -> out.printf("  %-40s %,10d%n", c.value(), c.count()));
    }
}
