package org.chancery.archive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.chancery.archive.index.CableIndex;
import org.chancery.archive.index.IndexRebuilder;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.StoredCable;
import org.chancery.archive.store.WriteOutcome;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.CableParser;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.RawCable;

/**
 * The import pipeline: one thread reads records, parser threads turn them into cables, the calling thread writes them
 * to the store in batched transactions, and an indexer thread takes each stored batch into the index while the next
 * one is being stored ({@link IndexStage}). Each stage's CPU time is measured ({@link ImportTimings}).
 *
 * <p>Records stay in input order from reader to writer (a queue of futures), so that two runs over the same input
 * store the same versions in the same order. The queue is bounded: a slow database slows the reader instead of
 * filling the heap.
 *
 * <p>Safe to interrupt at any point: a batch is stored whole or not at all; storing is idempotent by content hash, so
 * a re-run skips what is stored; and the index is caught up from the store before anything new is read.
 */
public final class CableImporter {

    /** Cables per index batch when catching up before the import. */
    private static final int CATCH_UP_BATCH = 1000;

    /** Stored batches waiting for or in the index at once: one indexed while the next is stored. */
    private static final int INDEX_BATCHES_IN_FLIGHT = 2;

    private final CableStore store;
    private final CableIndex index;
    private final SourceOpener opener;
    private final Supplier<Function<RawCable, Cable>> parsers;
    private final ImportOptions options;

    /**
     * @param parsers makes one parser per parser thread (parsers need not be thread-safe)
     */
    public CableImporter(
            CableStore store,
            CableIndex index,
            SourceOpener opener,
            Supplier<Function<RawCable, Cable>> parsers,
            ImportOptions options) {
        this.store = store;
        this.index = index;
        this.opener = opener;
        this.parsers = parsers;
        this.options = options;
    }

    /** The importer for every layout the readers know, with the standard parser. */
    public static CableImporter standard(CableStore store, CableIndex index, ImportOptions options) {
        return new CableImporter(store, index, SourceOpener.standard(), () -> new CableParser()::parse, options);
    }

    /** Imports files (directories recursively); rejected records go to {@code rejects}. */
    public ImportSummary run(List<Path> inputs, RejectsLog rejects, Consumer<ImportProgress> progress)
            throws IOException {
        long start = System.nanoTime();
        StageClock clock = new StageClock();
        clock.time(
                StageClock.Stage.INDEX,
                () -> new IndexRebuilder(store::forEachLatestSince, CATCH_UP_BATCH)
                        .catchUp(index, store.lastSequence(), IndexRebuilder.Progress.NONE));
        List<Path> files = InputFiles.expand(inputs);
        long totalBytes = 0;
        for (Path f : files) {
            totalBytes += Files.size(f);
        }
        AtomicLong bytesRead = new AtomicLong();
        BlockingQueue<Future<Item>> queue = new ArrayBlockingQueue<>(options.queueCapacity());
        ExecutorService parserPool = Executors.newFixedThreadPool(options.parserThreads(), r -> {
            Thread t = new Thread(r, "cable-parser");
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<Function<RawCable, Cable>> parser = ThreadLocal.withInitial(parsers);
        Thread reader = Thread.ofPlatform()
                .name("cable-reader")
                .daemon()
                .start(() -> read(files, bytesRead, queue, parserPool, parser, clock));
        Counts counts = new Counts();
        try (IndexStage indexer = new IndexStage(index, clock, INDEX_BATCHES_IN_FLIGHT)) {
            List<Cable> batch = new ArrayList<>(options.batchSize());
            int batchesSinceIndexCommit = 0;
            long lastSequence = -1;
            while (true) {
                Item item = take(queue);
                if (item instanceof Item.End) {
                    break;
                }
                counts.read++;
                if (item instanceof Item.Rejected r) {
                    counts.rejected++;
                    rejects.reject(r.position(), r.reason());
                } else if (item instanceof Item.Parsed p) {
                    batch.add(p.cable());
                }
                if (batch.size() >= options.batchSize()) {
                    Stored stored = store(batch, counts, clock);
                    lastSequence = Math.max(lastSequence, stored.lastSequence());
                    rejects.flush();
                    long commitThrough = -1;
                    if (++batchesSinceIndexCommit >= options.indexCommitEveryBatches() && lastSequence > 0) {
                        commitThrough = lastSequence;
                        batchesSinceIndexCommit = 0;
                    }
                    indexer.submit(stored.cables(), commitThrough);
                    progress.accept(counts.progress(bytesRead.get(), totalBytes, start));
                }
            }
            Stored stored = store(batch, counts, clock);
            lastSequence = Math.max(lastSequence, stored.lastSequence());
            rejects.flush();
            indexer.submit(stored.cables(), lastSequence);
            indexer.finish();
            progress.accept(counts.progress(bytesRead.get(), totalBytes, start));
        } finally {
            reader.interrupt();
            parserPool.shutdownNow();
        }
        return new ImportSummary(
                counts.read,
                counts.imported,
                counts.newVersions,
                counts.unchanged,
                counts.rejected,
                bytesRead.get(),
                Duration.ofNanos(System.nanoTime() - start),
                rejects.file(),
                clock.timings());
    }

    /** What a stored batch hands to the index: the versions written, and the highest sequence among them (or -1). */
    private record Stored(Collection<StoredCable> cables, long lastSequence) {
        static final Stored NOTHING = new Stored(List.of(), -1);
    }

    /** Stores a batch (and empties it); returns what the index needs of it. */
    private Stored store(List<Cable> batch, Counts counts, StageClock clock) {
        if (batch.isEmpty()) {
            return Stored.NOTHING;
        }
        List<WriteOutcome> outcomes = clock.time(StageClock.Stage.STORE, () -> store.write(batch));
        batch.clear();
        // The index keeps one document per id: the last version written in the batch is the one it needs.
        Map<String, StoredCable> written = new LinkedHashMap<>();
        long last = -1;
        for (WriteOutcome o : outcomes) {
            switch (o.kind()) {
                case NEW_CABLE -> counts.imported++;
                case NEW_VERSION -> counts.newVersions++;
                case UNCHANGED -> counts.unchanged++;
            }
            if (o.stored() != null) {
                written.put(o.referenceId(), o.stored());
                last = Math.max(last, o.stored().sequence());
            }
        }
        return written.isEmpty() ? Stored.NOTHING : new Stored(written.values(), last);
    }

    private void read(
            List<Path> files,
            AtomicLong bytesRead,
            BlockingQueue<Future<Item>> queue,
            ExecutorService parserPool,
            ThreadLocal<Function<RawCable, Cable>> parser,
            StageClock clock) {
        long mark = StageClock.now();
        try {
            for (Path file : files) {
                readFile(file, bytesRead, queue, parserPool, parser, clock);
            }
            queue.put(CompletableFuture.completedFuture(new Item.End()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // Nothing the writer waits for may be lost: hand the failure over as the last item.
            queue.offer(CompletableFuture.failedFuture(e));
        } finally {
            // includes the moments spent waiting for room in the queue, which cost no CPU time
            clock.add(StageClock.Stage.READ, mark);
        }
    }

    private void readFile(
            Path file,
            AtomicLong bytesRead,
            BlockingQueue<Future<Item>> queue,
            ExecutorService parserPool,
            ThreadLocal<Function<RawCable, Cable>> parser,
            StageClock clock)
            throws InterruptedException {
        String name = file.toString();
        try (InputStream in = new CountingInputStream(Files.newInputStream(file), bytesRead);
                CableSource source = opener.open(in, name)) {
            while (true) {
                RawCable raw;
                try {
                    raw = source.next();
                } catch (CableParseException e) {
                    queue.put(rejected(e.position() == null ? name : e.position(), e.problem()));
                    continue;
                }
                if (raw == null) {
                    return;
                }
                queue.put(parserPool.submit(() -> clock.time(StageClock.Stage.PARSE, () -> parse(raw, parser.get()))));
            }
        } catch (CableParseException e) {
            // The file as a whole is not cables (binary, one oversized cable): reject it, go on with the next.
            queue.put(rejected(e.position() == null ? name : e.position(), e.problem()));
        } catch (IOException | RuntimeException e) {
            // The file itself failed (unreadable, truncated archive): reject the rest of it, go on with the next.
            queue.put(rejected(name, "cannot read the rest of the file: " + e));
        }
    }

    private static Item parse(RawCable raw, Function<RawCable, Cable> parser) {
        try {
            Cable cable = parser.apply(raw);
            if (cable == null
                    || cable.referenceId() == null
                    || cable.referenceId().isBlank()) {
                return new Item.Rejected(raw.position(), "no reference id");
            }
            return new Item.Parsed(cable);
        } catch (CableParseException e) {
            return new Item.Rejected(e.position() == null ? raw.position() : e.position(), e.problem());
        } catch (RuntimeException e) {
            return new Item.Rejected(raw.position(), "parser failed: " + e);
        }
    }

    private static Future<Item> rejected(String position, String reason) {
        return CompletableFuture.completedFuture(new Item.Rejected(position, reason));
    }

    private static Item take(BlockingQueue<Future<Item>> queue) {
        try {
            return queue.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading the input failed", e.getCause());
        }
    }

    /** What travels from the reader and parsers to the writer. */
    private sealed interface Item {
        record Parsed(Cable cable) implements Item {}

        record Rejected(String position, String reason) implements Item {}

        record End() implements Item {}
    }

    private static final class Counts {
        long read;
        long imported;
        long newVersions;
        long unchanged;
        long rejected;

        ImportProgress progress(long bytesRead, long totalBytes, long startNanos) {
            return new ImportProgress(
                    read,
                    imported + newVersions + unchanged,
                    rejected,
                    bytesRead,
                    totalBytes,
                    Duration.ofNanos(System.nanoTime() - startNanos));
        }
    }
}
