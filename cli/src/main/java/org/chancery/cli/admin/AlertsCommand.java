package org.chancery.cli.admin;

import java.io.PrintWriter;
import java.util.List;
import org.chancery.archive.monitor.AccessAlert;
import org.chancery.cli.archive.ArchiveSession;
import org.chancery.cli.archive.CommandRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chancery alerts}: the access monitor's alerts, open ones unless {@code --all}. Administrators only. */
@Command(
        name = "alerts",
        mixinStandardHelpOptions = true,
        description = "Lists the bulk-access alerts, newest first (open ones; --all for acknowledged too).",
        subcommands = {AlertsCommand.Ack.class})
public final class AlertsCommand extends AdminCommand {

    @Option(names = "--all", description = "Acknowledged alerts too.")
    boolean all;

    @Override
    String target() {
        return "alerts";
    }

    @Override
    int run(ArchiveSession session, PrintWriter out) {
        List<AccessAlert> alerts = session.monitor().alerts(!all);
        if (alerts.isEmpty()) {
            out.println(all ? "no alerts" : "no open alerts");
        }
        for (AccessAlert a : alerts) {
            out.printf(
                    "%d %s %s %s %d > %d%s%n",
                    a.id(),
                    a.at(),
                    a.reader(),
                    a.rule(),
                    a.observed(),
                    a.limit(),
                    a.open() ? " open" : " acknowledged by " + a.acknowledgedBy());
        }
        return 0;
    }

    @Command(
            name = "ack",
            mixinStandardHelpOptions = true,
            description = "Acknowledges an alert (the reader stays suspended until `chancery users reinstate`).")
    static final class Ack extends AdminCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The alert number.")
        long id;

        @Override
        String target() {
            return "alert " + id;
        }

        @Override
        int run(ArchiveSession session, PrintWriter out) {
            try {
                session.monitor().acknowledge(id, session.reader().name());
            } catch (IllegalArgumentException unknown) {
                throw new CommandRefusedException(unknown.getMessage());
            }
            audited(session, target(), "alerts ack");
            out.println("acknowledged alert " + id);
            return 0;
        }
    }
}
