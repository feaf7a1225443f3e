package org.chancery.cli.declass;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.chancery.archive.access.DeclassDecision;
import org.chancery.archive.access.Principal;
import org.chancery.archive.declass.DeclassificationDesk;
import org.chancery.cli.archive.ArchiveOptions;
import org.chancery.cli.archive.ArchiveSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The three decisions a records officer takes on a cable: approve, extend, exempt. */
abstract class DeclassDecideCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "Reference id of the cable.")
    String id;

    @Mixin
    ArchiveOptions archive;

    @Spec
    CommandSpec spec;

    abstract DeclassDecision decide(DeclassificationDesk desk, Principal officer);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ArchiveSession session = ArchiveSession.open(archive)) {
            DeclassDecision d = decide(session.declassificationDesk(), session.reader());
            out.printf(
                    "%s %s%s: %s (by %s)%n",
                    d.action().name().toLowerCase(java.util.Locale.ROOT),
                    d.referenceId(),
                    d.on() == null ? "" : " on " + d.on(),
                    d.reason(),
                    d.officer());
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Declassify a cable.")
    static final class Approve extends DeclassDecideCommand {
        @Option(names = "--on", paramLabel = "DATE", description = "Day it takes effect (default: today).")
        LocalDate on;

        @Option(names = "--reason", description = "Why (optional).")
        String reason;

        @Override
        DeclassDecision decide(DeclassificationDesk desk, Principal officer) {
            return desk.approve(officer, id, on, reason);
        }
    }

    @Command(name = "extend", mixinStandardHelpOptions = true, description = "Keep a cable classified to a new date.")
    static final class Extend extends DeclassDecideCommand {
        @Option(names = "--until", required = true, paramLabel = "DATE", description = "New declassification date.")
        LocalDate until;

        @Option(names = "--reason", required = true, description = "Why the date moves.")
        String reason;

        @Override
        DeclassDecision decide(DeclassificationDesk desk, Principal officer) {
            return desk.extend(officer, id, until, reason);
        }
    }

    @Command(name = "exempt", mixinStandardHelpOptions = true, description = "Exempt a cable from declassification.")
    static final class Exempt extends DeclassDecideCommand {
        @Option(names = "--reason", required = true, description = "The exemption and why, e.g. \"25X1: sources\".")
        String reason;

        @Override
        DeclassDecision decide(DeclassificationDesk desk, Principal officer) {
            return desk.exempt(officer, id, reason);
        }
    }
}
