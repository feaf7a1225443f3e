package org.chancery.cli.declass;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.chancery.archive.access.DeclassDecision;
import org.chancery.cli.archive.ArchiveOptions;
import org.chancery.cli.archive.ArchiveSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery declass history ID}: every decision taken on a cable. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Every decision on a cable, oldest first.")
public final class DeclassHistoryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "Reference id of the cable.")
    String id;

    @Mixin
    ArchiveOptions archive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ArchiveSession session = ArchiveSession.open(archive)) {
            var history = session.declassificationDesk().history(session.reader(), id);
            if (history.isEmpty()) {
                out.println("no decisions on " + id + "; its DECL line applies");
            }
            for (DeclassDecision d : history) {
                out.printf(
                        "%s  %-7s %-10s %s (by %s)%n",
                        d.decidedAt(), d.action(), d.on() == null ? "-" : d.on(), d.reason(), d.officer());
            }
            return 0;
        }
    }
}
