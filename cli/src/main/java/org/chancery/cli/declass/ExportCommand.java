package org.chancery.cli.declass;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.chancery.archive.room.ExportRequest;
import org.chancery.cli.archive.ArchiveOptions;
import org.chancery.cli.archive.ArchiveSession;
import org.chancery.telegram.json.CableJson;
import org.chancery.telegram.write.CablegateCsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chancery export}: cables as the acting reader may see them (withheld paragraphs replaced), or with
 * {@code --public} only those UNCLASSIFIED for the public as of a day, in the Cablegate CSV layout or as JSON Lines.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write cables in the Cablegate CSV layout or as JSON Lines. Without --public: what the acting"
                + " reader may see, audited and watched by the access monitor. With --public (records officers):"
                + " only cables unclassified for the public as of --as-of.")
public final class ExportCommand implements Callable<Integer> {

    enum Format {
        csv,
        json
    }

    @Option(
            names = "--public",
            description = "Only cables unclassified for the public (declassified, or never"
                    + " classified and carrying no caveat, restricted caption or classified paragraph).")
    boolean publicOnly;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Day the public test is made for (default today).")
    LocalDate asOf;

    @Option(names = "--query", paramLabel = "QUERY", description = "Only cables matching this query.")
    String query;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path outFile;

    @Mixin
    ArchiveOptions archive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (ArchiveSession session = ArchiveSession.open(archive);
                Writer out = open()) {
            var request = new ExportRequest(query, publicOnly, asOf);
            long count;
            if (format == Format.csv) {
                CablegateCsvWriter csv = new CablegateCsvWriter(out);
                count = session.readingRoom()
                        .export(session.reader(), request, view -> csv.writeUnchecked(view.cable()));
                csv.flush();
            } else {
                CableJson json = CableJson.compact();
                count = session.readingRoom().export(session.reader(), request, view -> {
                    try {
                        out.write(json.write(view.cable()));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            out.flush();
            spec.commandLine()
                    .getErr()
                    .printf("exported %,d cable(s)%s%n", count, outFile == null ? "" : " to " + outFile);
            return 0;
        }
    }

    private Writer open() throws IOException {
        if (outFile == null) {
            return new BufferedWriter(spec.commandLine().getOut()) {
                @Override
                public void close() throws IOException {
                    flush(); // standard output stays open for the rest of the process
                }
            };
        }
        return Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
    }
}
