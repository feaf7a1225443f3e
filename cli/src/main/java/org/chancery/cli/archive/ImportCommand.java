package org.chancery.cli.archive;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.archive.ingest.CableImporter;
import org.chancery.archive.ingest.ImportOptions;
import org.chancery.archive.ingest.ImportSummary;
import org.chancery.archive.ingest.RejectsLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chancery import}: cables from files and directories into the archive and its search index. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports cables from files or directories (recursively), in any layout, gzip too, into the archive and"
                    + " its search index.",
            "A cable already stored with the same content is left alone; a changed one becomes its next version. A"
                    + " record that cannot be read is listed with its position and reason in a rejects file in the"
                    + " data directory; the rest goes on. An interrupted import is completed by running it again."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record was imported",
            "1:some records were rejected (see the rejects file)",
            "2:a path does not exist"
        })
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to import.")
    List<Path> paths;

    @Option(
            names = "--batch-size",
            paramLabel = "N",
            description = "Cables per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize = ImportOptions.defaults().batchSize();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                spec.commandLine().getErr().println("no such file or directory: " + p);
                return 2;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ArchiveSession session = ArchiveSession.open(archive)) {
            ImportSummary summary = importPaths(session, paths, batchSize, out);
            return summary.rejected() > 0 ? 1 : 0;
        }
    }

    /** Imports into an open archive with progress on {@code out}, rejects into a file, and prints the summary. */
    static ImportSummary importPaths(ArchiveSession session, List<Path> paths, int batchSize, PrintWriter out)
            throws Exception {
        Path rejectsFile = session.location()
                .dataDirectory()
                .resolve("rejects-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                        + ".tsv");
        ProgressDisplay progress = new ProgressDisplay(out, System.console() != null);
        ImportSummary summary;
        try (RejectsLog rejects = new RejectsLog(rejectsFile)) {
            summary = CableImporter.standard(
                            session.store(),
                            session.index(),
                            ImportOptions.defaults().withBatchSize(batchSize))
                    .run(paths, rejects, progress);
        }
        progress.finish();
        out.println(describe(summary));
        return summary;
    }

    static String describe(ImportSummary s) {
        String text = String.format(
                "read %,d records in %s (%,.0f cables/s): %,d imported, %,d new versions, %,d unchanged, %,d rejected",
                s.read(),
                ProgressDisplay.format(s.elapsed()),
                s.cablesPerSecond(),
                s.imported(),
                s.newVersions(),
                s.unchanged(),
                s.rejected());
        return s.rejectsFile() == null ? text : text + "\nrejected records: " + s.rejectsFile();
    }
}
