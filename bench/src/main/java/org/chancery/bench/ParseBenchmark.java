package org.chancery.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.read.CableParser;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;
import org.chancery.telegram.read.RawCable;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse throughput over the shared corpus, one layout per benchmark, single thread. Each benchmark counts the cables
 * it parsed in the {@code cables} counter, so JMH reports cables per second directly (the secondary result
 * {@code ·cables}); the primary score is invocations per second (a whole CSV file, or one file of the other layouts).
 *
 * <pre>
 * java -cp bench/target/chancery-bench.jar:bench/target/lib/* org.openjdk.jmh.Main ParseBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@State(Scope.Thread)
public class ParseBenchmark {
    private final CableParser parser = new CableParser();
    private byte[] csv;
    private List<byte[]> records;
    private List<byte[]> html;
    private List<byte[]> telegrams;
    private int next;

    /** Cables parsed, reported by JMH as a rate next to the primary score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counted {
        public long cables;

        @Setup(Level.Iteration)
        public void reset() {
            cables = 0;
        }
    }

    @Setup(Level.Trial)
    public void load() {
        csv = CorpusFiles.csv();
        records = CorpusFiles.records();
        html = CorpusFiles.html();
        telegrams = CorpusFiles.telegrams();
    }

    /** The whole Cablegate CSV: rows read and parsed. */
    @Benchmark
    public void csv(Counted counted, Blackhole bh) throws IOException {
        counted.cables += parseAll(csv, "cables.csv", bh);
    }

    /** The CSV rows read but not parsed: how much of {@link #csv} is the CSV reader alone. */
    @Benchmark
    public void csvReadOnly(Counted counted, Blackhole bh) throws IOException {
        try (CableSource source = CableSources.open(new ByteArrayInputStream(csv), "cables.csv")) {
            for (RawCable raw = source.next(); raw != null; raw = source.next()) {
                bh.consume(raw);
                counted.cables++;
            }
        }
    }

    /** One record-layout file per invocation, round robin over the corpus. */
    @Benchmark
    public void records(Counted counted, Blackhole bh) throws IOException {
        counted.cables += parseAll(nextOf(records), "record", bh);
    }

    /** One WikiLeaks HTML page per invocation. */
    @Benchmark
    public void html(Counted counted, Blackhole bh) throws IOException {
        counted.cables += parseAll(nextOf(html), "html", bh);
    }

    /** One raw telegram (header and text, no metadata) per invocation. */
    @Benchmark
    public void telegram(Counted counted, Blackhole bh) throws IOException {
        counted.cables += parseAll(nextOf(telegrams), "telegram", bh);
    }

    private byte[] nextOf(List<byte[]> files) {
        next = next + 1 < files.size() ? next + 1 : 0;
        return files.get(next % files.size());
    }

    private int parseAll(byte[] input, String name, Blackhole bh) throws IOException {
        int n = 0;
        try (CableSource source = CableSources.open(new ByteArrayInputStream(input), name)) {
            for (RawCable raw = source.next(); raw != null; raw = source.next()) {
                Cable cable = parser.parse(raw);
                bh.consume(cable);
                n++;
            }
        }
        return n;
    }
}
