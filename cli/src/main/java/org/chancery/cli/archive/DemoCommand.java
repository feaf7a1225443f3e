package org.chancery.cli.archive;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.archive.access.Principal;
import org.chancery.archive.ingest.ImportOptions;
import org.chancery.cli.messaging.DemoTraffic;
import org.chancery.synthetic.CableGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chancery demo}: fills an empty archive with a generated sample corpus, creates the demo readers once
 * (printing their passwords that one time), and opens the reading room. On an archive that already has cables and
 * readers it starts in seconds: no import, no new accounts.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Loads a generated sample corpus into the archive when it is empty (written by our generator: invented"
                    + " text, real format), creates demo readers (one per clearance level, a partner-country reader,"
                    + " a records officer, an administrator; a drafter, a clearer and a releasing officer at London, a"
                    + " duty officer at the Department) with passwords shown once, sends two demo cables (one FLASH)"
                    + " from London to the Department's inbox, then serves the reading room on http://localhost:8080."
                    + " Ctrl-C stops it.",
            "Starting again on a filled archive only serves it."
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

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "TCP port of the reading room (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--no-serve", description = "Prepare the archive and the demo readers, then exit.")
    boolean noServe;

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
                out.printf(
                        "The archive in %s holds %,d cables (no import).%n",
                        data, session.store().count());
            }
            showReaders(out, DemoReaders.createMissing(session.accounts()));
            DemoTraffic.sendOnce(
                    session.messaging(),
                    new DemoTraffic.People(
                            signedUp(session, DemoReaders.DRAFTER),
                            signedUp(session, DemoReaders.CLEARER),
                            signedUp(session, DemoReaders.RELEASER),
                            signedUp(session, DemoReaders.DUTY_OFFICER)),
                    out);
        }
        if (noServe) {
            out.flush();
            return 0;
        }
        RunningServer.serveUntilStopped(archive.location(), port, out);
        return 0;
    }

    /** The account as stored (an administrator may have changed it since the demo made it). */
    private static Principal signedUp(ArchiveSession session, Principal demo) {
        return session.accounts().find(demo.name()).map(a -> a.principal()).orElse(demo);
    }

    private static void showReaders(PrintWriter out, List<DemoReaders.Created> created) {
        if (created.isEmpty()) {
            out.println("Demo readers: "
                    + String.join(
                            ", ",
                            DemoReaders.all().stream().map(Principal::name).toList())
                    + " (their passwords were shown when they were made; `chancery users set NAME --password-stdin`"
                    + " sets a new one).");
            return;
        }
        out.println();
        out.println("Demo readers (the passwords are shown this once; keep them):");
        for (DemoReaders.Created c : created) {
            Principal p = c.principal();
            String who = p.usNational() ? "US" : "partner " + String.join(",", p.releasability());
            out.printf(
                    "  %-20s %-20s %-13s %-12s %-9s %s%n",
                    p.name(),
                    c.password(),
                    p.clearance().label(),
                    who,
                    p.posts().isEmpty() ? "-" : String.join(",", p.posts()),
                    String.join(", ", new java.util.TreeSet<>(p.roles())));
        }
        out.println();
    }
}
