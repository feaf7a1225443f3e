package org.chancery.cli.archive;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.chancery.synthetic.CableGenerator;
import org.chancery.telegram.write.CablegateCsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chancery generate}: a synthetic corpus in the Cablegate CSV layout, the same for the same seed. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a realistic synthetic corpus in the Cablegate CSV layout: proper headers and addressees, paragraph"
                    + " markings consistent with banners, TAGS, references to earlier generated cables, lengths and"
                    + " dates spread like real traffic. Invented text only. The same seed gives the same corpus.",
            "A file name ending in .gz is written gzip-compressed."
        })
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--count", paramLabel = "N", required = true, description = "Number of cables.")
    long count;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Output file (.csv or .csv.gz).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (count < 1) {
            spec.commandLine().getErr().println("--count must be at least 1");
            return 2;
        }
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        long written = write(new CableGenerator(seed, count), out, count, err);
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf("wrote %,d cables to %s in %.1f s (%,.0f cables/s)%n", written, out, seconds, written / seconds);
        err.flush();
        return 0;
    }

    /** Writes the generator's cables to a CSV file, reporting progress every 10% to {@code progress}. */
    static long write(CableGenerator cables, Path file, long expected, PrintWriter progress) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        long step = Math.max(1, expected / 10);
        try (OutputStream raw = Files.newOutputStream(file);
                OutputStream stream =
                        file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
                Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            CablegateCsvWriter csv = new CablegateCsvWriter(writer);
            while (cables.hasNext()) {
                csv.write(cables.next());
                if (csv.rows() % step == 0 && csv.rows() < expected) {
                    progress.printf("  generated %,d of %,d cables%n", csv.rows(), expected);
                    progress.flush();
                }
            }
            csv.flush();
            return csv.rows();
        }
    }
}
