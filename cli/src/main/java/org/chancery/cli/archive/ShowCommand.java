package org.chancery.cli.archive;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.chancery.archive.access.Principal;
import org.chancery.archive.store.ArchiveReader;
import org.chancery.archive.store.StoredCable;
import org.chancery.archive.store.VersionDiff;
import org.chancery.telegram.json.CableJson;
import org.chancery.telegram.write.TelegramWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery show}: one cable from the archive, any version, or the difference between two versions. */
@Command(
        name = "show",
        description =
                "Shows a cable from the archive: a readable summary and its text, the telegram, or its JSON form.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:shown", "3:no such cable or version"})
public final class ShowCommand implements Callable<Integer> {

    /** No such cable or version (or none the reader may see: the two are not told apart). */
    static final int NOT_FOUND = 3;

    enum Form {
        text,
        telegram,
        json
    }

    // --version names a cable version here, so the standard -V/--version mixin cannot be used; help stays.
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help message and exit.")
    boolean help;

    @Mixin
    ArchiveOptions archive;

    @Parameters(index = "0", paramLabel = "ID", description = "Reference id, e.g. 08LONDON2968.")
    String id;

    @Option(names = "--form", paramLabel = "FORM", description = "text, telegram or json (default: ${DEFAULT-VALUE}).")
    Form form = Form.text;

    @Option(names = "--version", paramLabel = "N", description = "A version (default: the latest).")
    Integer version;

    @Option(
            names = "--diff",
            arity = "2",
            paramLabel = "N",
            description = "Show the difference between two versions, e.g. --diff 1 2.")
    List<Integer> diff;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ArchiveSession session = ArchiveSession.open(archive)) {
            ArchiveReader reader = session.archiveReader();
            if (diff != null) {
                return showDiff(reader, session.reader(), out);
            }
            Optional<StoredCable> found = version == null
                    ? reader.latest(session.reader(), id)
                    : reader.version(session.reader(), id, version);
            if (found.isEmpty()) {
                return notFound(version == null ? id : id + " version " + version);
            }
            StoredCable stored = found.get();
            out.println(
                    switch (form) {
                        case text ->
                            CableText.render(
                                    stored,
                                    reader.versions(session.reader(), id).size(),
                                    ref -> reader.latest(session.reader(), ref).isPresent());
                        case telegram -> new TelegramWriter().write(stored.cable());
                        case json -> CableJson.compact().pretty().withText().write(stored.cable());
                    });
            out.flush();
            return 0;
        }
    }

    private int showDiff(ArchiveReader reader, Principal principal, PrintWriter out) {
        Optional<StoredCable> a = reader.version(principal, id, diff.get(0));
        Optional<StoredCable> b = reader.version(principal, id, diff.get(1));
        if (a.isEmpty() || b.isEmpty()) {
            return notFound(id + " version " + (a.isEmpty() ? diff.get(0) : diff.get(1)));
        }
        VersionDiff.unified(a.get(), b.get(), 3).forEach(out::println);
        out.flush();
        return 0;
    }

    private int notFound(String what) {
        spec.commandLine().getErr().println("not in the archive: " + what);
        return NOT_FOUND;
    }
}
