package org.chancery.archive.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chancery.archive.index.CableIndex;
import org.chancery.archive.store.StoredCable;

/**
 * A CableIndex for the kill test that survives its process like a real one: a commit appends the ids taken in to a
 * log and fsyncs it, then replaces the committed sequence file atomically. Uncommitted upserts die with the process.
 */
final class DurableFileIndex implements CableIndex {
    private final Path log;
    private final Path sequenceFile;
    private final List<String> pending = new ArrayList<>();

    DurableFileIndex(Path dir) {
        this.log = dir.resolve("index.log");
        this.sequenceFile = dir.resolve("index.seq");
    }

    @Override
    public void upsert(Collection<StoredCable> cables) {
        cables.forEach(c -> pending.add(c.referenceId()));
    }

    @Override
    public void commit(long throughSequence) {
        try {
            try (FileChannel ch = FileChannel.open(
                    log, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                StringBuilder sb = new StringBuilder();
                pending.forEach(id -> sb.append(id).append('\n'));
                ch.write(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            Path tmp = sequenceFile.resolveSibling("index.seq.tmp");
            Files.writeString(tmp, Long.toString(throughSequence));
            Files.move(tmp, sequenceFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            pending.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long committedSequence() {
        try {
            return Files.exists(sequenceFile)
                    ? Long.parseLong(Files.readString(sequenceFile).trim())
                    : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every id a commit has taken in (a line cut short by a kill is never followed by a committed sequence). */
    Set<String> committedIds() throws IOException {
        return Files.exists(log) ? new HashSet<>(Files.readAllLines(log)) : Set.of();
    }

    @Override
    public void clear() {
        try {
            Files.deleteIfExists(log);
            Files.deleteIfExists(sequenceFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {}
}
