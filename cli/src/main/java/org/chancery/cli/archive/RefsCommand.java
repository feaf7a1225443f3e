package org.chancery.cli.archive;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chancery.archive.room.CableView;
import org.chancery.archive.search.CableThread;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery refs}: what a cable cites, what cites it, and the thread around it as a tree. */
@Command(
        name = "refs",
        mixinStandardHelpOptions = true,
        description = "Shows the cables a cable cites and the cables citing it, as trees down to --depth levels."
                + " Cited cables the archive does not hold are listed as such.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shown", "3:no such cable"})
public final class RefsCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Parameters(index = "0", paramLabel = "ID", description = "Reference id, e.g. 08LONDON2968.")
    String id;

    @Option(
            names = "--depth",
            paramLabel = "N",
            description = "Levels of the thread to follow (default: ${DEFAULT-VALUE}).")
    int depth = 1;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ArchiveSession session = ArchiveSession.open(archive)) {
            // opening the root through the reading room audits the read (and refuses what the reader may not see)
            Optional<CableView> root = session.readingRoom().open(session.reader(), id);
            if (root.isEmpty()) {
                spec.commandLine().getErr().println("not in the archive: " + id);
                return ShowCommand.NOT_FOUND;
            }
            int levels = Math.max(1, depth);
            CableThread thread =
                    session.readingRoom().thread(session.reader(), root.get().referenceId(), levels);
            ReferenceTree tree = new ReferenceTree(thread);
            String subject = root.get().cable().subject();
            out.println(root.get().referenceId() + (subject == null || subject.isBlank() ? "" : "  " + subject));
            print(out, "cites:", tree.cites(root.get().cable(), levels));
            print(out, "cited by:", tree.citedBy(levels));
            out.flush();
            return 0;
        }
    }

    private static void print(PrintWriter out, String heading, List<String> lines) {
        out.println(heading + (lines.isEmpty() ? " none" : ""));
        lines.forEach(out::println);
    }
}
