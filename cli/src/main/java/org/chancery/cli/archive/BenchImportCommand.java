package org.chancery.cli.archive;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.ingest.CableImporter;
import org.chancery.archive.ingest.ImportOptions;
import org.chancery.archive.ingest.ImportSummary;
import org.chancery.archive.ingest.ImportTimings;
import org.chancery.archive.ingest.RejectsLog;
import org.chancery.archive.store.JdbcCableStore;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.CableParser;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;
import org.chancery.telegram.read.RawCable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chancery bench import}: parse, store and index {@code --count} cables in this process, into a temporary
 * archive, and print the throughput and the heap's peak. The cables are the records of FILE, repeated with their
 * serial numbers varied so that each copy is a cable of its own.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Measures import throughput (parse + store + index) into a temporary archive: cables/s, MB/s,"
                + " heap peak. The records of FILE are repeated, with varied ids, up to --count cables.")
public final class BenchImportCommand implements Callable<Integer> {

    @Option(names = "--count", paramLabel = "N", description = "Cables to import (default: ${DEFAULT-VALUE}).")
    long count = 10_000;

    @Option(
            names = "--db",
            paramLabel = "URL",
            description = "Measure on this database instead of a temporary SQLite file.")
    String db;

    @Option(
            names = "--batch-size",
            paramLabel = "N",
            description = "Cables per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize = ImportOptions.defaults().batchSize();

    @Parameters(
            arity = "0..1",
            paramLabel = "FILE",
            description = "Sample cables in any layout (default: the shared corpus's cables.csv).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path sampleFile = file != null ? file : defaultSample();
        List<RawCable> sample = readSample(sampleFile);
        if (sample.isEmpty()) {
            spec.commandLine().getErr().println("no readable cable in " + sampleFile);
            return 2;
        }
        Path data = Files.createTempDirectory("chancery-bench");
        try {
            ArchiveLocation location = ArchiveLocation.resolve(data.toString(), db, java.util.Map.of());
            RepeatedSource source = new RepeatedSource(sample, count);
            System.gc();
            List<MemoryPoolMXBean> heap = heapPools();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            ImportSummary summary;
            long cpuBefore = processCpuNanos();
            try (var store = JdbcCableStore.open(location.database());
                    var index = LuceneCableIndex.open(data);
                    var rejects = new RejectsLog(data.resolve("rejects.tsv"))) {
                var importer = new CableImporter(
                        store,
                        index,
                        (in, name) -> source,
                        BenchImportCommand::variedParser,
                        ImportOptions.defaults().withBatchSize(batchSize));
                summary = importer.run(List.of(sampleFile), rejects, p -> {});
            }
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long cpu = processCpuNanos() - cpuBefore;
            double seconds = summary.elapsed().toNanos() / 1e9;
            out.printf(
                    "bench import: %,d cables from %s (%,d rejected) in %.1f s: %,.0f cables/s, %.1f MB/s of cable"
                            + " text, heap peak %,d MB (max heap %,d MB), %d cores%n",
                    summary.read(),
                    sampleFile.getFileName(),
                    summary.rejected(),
                    seconds,
                    summary.cablesPerSecond(),
                    source.chars() / 1e6 / seconds,
                    peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());
            printStages(out, summary, cpu);
            return 0;
        } finally {
            deleteRecursively(data);
        }
    }

    /**
     * The CPU time of each stage per cable, and of the whole process: on a shared machine the wall-clock rate depends
     * on the neighbours, these figures much less.
     */
    private static void printStages(PrintWriter out, ImportSummary summary, long processCpuNanos) {
        ImportTimings t = summary.timings();
        long n = summary.read();
        out.printf(
                "cpu per cable: read %.0f µs, parse %.0f µs, store %.0f µs, index %.0f µs;"
                        + " process %.0f µs (%.1f s cpu in all, merges and GC included)%n",
                ImportTimings.microsPerCable(t.read(), n),
                ImportTimings.microsPerCable(t.parse(), n),
                ImportTimings.microsPerCable(t.store(), n),
                ImportTimings.microsPerCable(t.index(), n),
                n <= 0 ? 0 : processCpuNanos / 1e3 / n,
                processCpuNanos / 1e9);
    }

    /** CPU time of the whole JVM so far, or 0 where the platform does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime())
                : 0;
    }

    /** A parser per thread that gives each copy of a sample cable an id of its own by varying its serial. */
    private static Function<RawCable, Cable> variedParser() {
        CableParser parser = new CableParser();
        return raw -> {
            int tab = raw.position().indexOf('\t');
            long copy = Long.parseLong(raw.position().substring(0, tab));
            RawCable original = new RawCable(
                    raw.position().substring(tab + 1), raw.layout(), raw.metadata(), raw.header(), raw.text());
            Cable c = parser.parse(original);
            return copy == 0
                    ? c
                    : c.toBuilder().referenceId(variedId(c.referenceId(), copy)).build();
        };
    }

    /** {@code 08LONDON2968}, copy 3 → {@code 08LONDON302968}: still a year, a post and a serial. */
    static String variedId(String id, long copy) {
        int digits = id.length();
        while (digits > 0 && Character.isDigit(id.charAt(digits - 1))) {
            digits--;
        }
        long serial = digits == id.length() ? 0 : Long.parseLong(id.substring(digits));
        return id.substring(0, digits) + (copy * 100_000 + serial);
    }

    private static List<RawCable> readSample(Path file) throws IOException {
        List<RawCable> sample = new ArrayList<>();
        try (CableSource source = CableSources.open(file)) {
            while (true) {
                try {
                    RawCable raw = source.next();
                    if (raw == null) {
                        return sample;
                    }
                    sample.add(raw);
                } catch (CableParseException e) {
                    // A sample record the reader rejects is simply not part of the sample.
                }
            }
        }
    }

    private static Path defaultSample() {
        String shared = System.getProperty("chancery.shared", "../shared");
        return Path.of(shared, "corpus", "cables.csv");
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
