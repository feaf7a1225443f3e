package org.chancery.cli.declass;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.chancery.archive.declass.ReviewItem;
import org.chancery.cli.archive.ArchiveOptions;
import org.chancery.cli.archive.ArchiveSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chancery declass review}: the queue of cables waiting for a records officer. */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = "List classified cables with no declassification date and no decision yet (exemptions,"
                + " events, OADR, unreadable instructions), oldest first.")
public final class DeclassReviewCommand implements Callable<Integer> {

    @Option(names = "--limit", defaultValue = "50", description = "Most cables to list (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", description = "Cables to skip (default ${DEFAULT-VALUE}).")
    int offset;

    @Mixin
    ArchiveOptions archive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ArchiveSession session = ArchiveSession.open(archive)) {
            var page = session.declassificationDesk().reviewQueue(session.reader(), offset, limit);
            out.printf("%,d cable(s) wait for review%n", page.total());
            for (ReviewItem item : page.items()) {
                out.printf(
                        "  %-20s %-12s %-13s %s%n",
                        item.referenceId(),
                        item.level(),
                        item.state(),
                        item.instruction() == null ? "(no DECL line)" : "DECL: " + item.instruction());
            }
            out.println("decide with: chancery declass approve|extend|exempt ID");
            return 0;
        }
    }
}
