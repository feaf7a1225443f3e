package org.chancery.cli.archive;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.chancery.archive.access.Principal;
import org.chancery.archive.marking.CableIds;
import org.chancery.archive.room.CableView;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.archive.search.CableThread;
import org.chancery.archive.store.StoredCable;
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
            ReadingRoom room = session.readingRoom();
            Principal who = session.reader();
            if (diff != null) {
                Optional<List<String>> lines = room.diff(who, id, diff.get(0), diff.get(1));
                if (lines.isEmpty()) {
                    return notFound(id + " versions " + diff.get(0) + " and " + diff.get(1));
                }
                lines.get().forEach(out::println);
                out.flush();
                return 0;
            }
            Optional<CableView> found = version == null ? room.open(who, id) : room.open(who, id, version);
            if (found.isEmpty()) {
                return notFound(version == null ? id : id + " version " + version);
            }
            CableView view = found.get();
            // what the reader may see: withheld paragraphs are already replaced in the view's cable
            StoredCable shown = new StoredCable(
                    view.referenceId(),
                    view.version(),
                    view.stored().sequence(),
                    view.stored().importedAt(),
                    view.cable());
            Predicate<String> inArchive = openable(room, who, view);
            out.println(
                    switch (form) {
                        case text -> CableText.render(shown, view.versions(), inArchive);
                        case telegram -> new TelegramWriter().write(view.cable());
                        case json -> CableJson.compact().pretty().withText().write(view.cable());
                    });
            if (view.anyWithheld()) {
                spec.commandLine()
                        .getErr()
                        .printf(
                                "note: %d paragraph(s) withheld: not releasable to %s%n",
                                view.withheld().size(), who.name());
            }
            if (view.declassified()) {
                spec.commandLine().getErr().println("note: declassified; now UNCLASSIFIED");
            }
            out.flush();
            return 0;
        }
    }

    /**
     * Which cited ids the reader can open, from the reading room's thread around the cable (the same answer as the
     * web's), asked only when the cable cites anything.
     */
    private static Predicate<String> openable(ReadingRoom room, Principal who, CableView view) {
        if (view.cable().references().stream().allMatch(r -> r.id() == null)) {
            return ref -> false;
        }
        try {
            CableThread thread = room.thread(who, view.referenceId(), 1);
            return ref -> thread.depth().containsKey(CableIds.key(ref));
        } catch (IllegalStateException noIndexYet) {
            return ref -> false;
        }
    }

    private int notFound(String what) {
        spec.commandLine().getErr().println("not in the archive: " + what);
        return NOT_FOUND;
    }
}
