package org.chancery.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.chancery.telegram.read.CableParser;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;
import org.chancery.telegram.read.RawCable;

/**
 * The same work as {@link ParseBenchmark}, timed by the CPU time of the parsing thread as well as by the clock. On a
 * shared machine other processes take the cores away and JMH's wall-clock rate falls with the load; the CPU rate
 * shows what parsing itself costs. It leaves out the JIT and GC threads.
 *
 * <pre>
 * java -cp "bench/target/chancery-bench.jar:bench/target/lib/*" org.chancery.bench.ParseCpuRate csv 100
 * </pre>
 *
 * The layout is {@code csv}, {@code records}, {@code html} or {@code telegram}; the first half of the passes warm the
 * JIT up and only the second half is reported.
 */
public final class ParseCpuRate {
    private ParseCpuRate() {}

    public static void main(String[] args) throws IOException {
        String layout = args.length > 0 ? args[0] : "csv";
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        List<byte[]> inputs = switch (layout) {
            case "csv" -> List.of(CorpusFiles.csv());
            case "records" -> CorpusFiles.records();
            case "html" -> CorpusFiles.html();
            case "telegram" -> CorpusFiles.telegrams();
            default -> throw new IllegalArgumentException("layout: csv, records, html or telegram");
        };
        CableParser parser = new CableParser();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> cpuRates = new ArrayList<>();
        List<Double> wallRates = new ArrayList<>();
        long checksum = 0;
        for (int pass = 0; pass < passes; pass++) {
            long wallStart = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            int cables = 0;
            for (byte[] input : inputs) {
                try (CableSource source = CableSources.open(new ByteArrayInputStream(input), layout)) {
                    for (RawCable raw = source.next(); raw != null; raw = source.next()) {
                        checksum += System.identityHashCode(parser.parse(raw)); // keeps the result alive
                        cables++;
                    }
                }
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            long wall = System.nanoTime() - wallStart;
            if (pass >= passes / 2) {
                cpuRates.add(cables * 1e9 / cpu);
                wallRates.add(cables * 1e9 / wall);
            }
        }
        Collections.sort(cpuRates);
        Collections.sort(wallRates);
        System.out.printf(
                "%s: %d measured passes; cables per CPU-second: median %,.0f (min %,.0f, max %,.0f);"
                        + " cables per wall-second: median %,.0f%n",
                layout, cpuRates.size(), median(cpuRates), cpuRates.getFirst(), cpuRates.getLast(), median(wallRates));
        if (checksum == 42) {
            System.out.println(); // never in practice; the branch keeps the checksum in use
        }
    }

    private static double median(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }
}
