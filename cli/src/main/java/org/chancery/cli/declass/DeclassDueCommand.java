package org.chancery.cli.declass;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.chancery.archive.search.DueCable;
import org.chancery.cli.archive.ArchiveOptions;
import org.chancery.cli.archive.ArchiveSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chancery declass due}: classified cables whose declassification date comes by a given day. */
@Command(
        name = "due",
        mixinStandardHelpOptions = true,
        description = "List classified cables that become unclassified after today and on or before --on.")
public final class DeclassDueCommand implements Callable<Integer> {

    @Option(
            names = "--on",
            paramLabel = "DATE",
            description = "Last day to look at, ISO date (default: 90 days from today).")
    LocalDate on;

    @Option(names = "--limit", defaultValue = "50", description = "Most cables to list (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    ArchiveOptions archive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ArchiveSession session = ArchiveSession.open(archive)) {
            LocalDate until = on == null ? LocalDate.now(session.clock()).plusDays(90) : on;
            var page = session.declassificationDesk().due(session.reader(), until, limit);
            out.printf("%,d classified cable(s) become unclassified by %s%n", page.total(), until);
            for (DueCable d : page.items()) {
                out.printf(
                        "  %s  %-20s %-12s%s%n",
                        d.declassifiesOn(),
                        d.referenceId(),
                        d.level(),
                        d.byDecision() ? "  (by a records officer's decision)" : "");
            }
            if (page.total() > page.items().size()) {
                out.printf(
                        "  ... and %,d more (--limit)%n",
                        page.total() - page.items().size());
            }
            return 0;
        }
    }
}
