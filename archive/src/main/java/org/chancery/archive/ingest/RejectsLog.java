package org.chancery.archive.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rejects file of one import: a tab-separated line per rejected record, {@code position<TAB>reason}. Created on
 * the first rejection only, so that a clean import leaves no empty file behind.
 */
public final class RejectsLog implements AutoCloseable {

    private final Path file;
    private BufferedWriter out;

    public RejectsLog(Path file) {
        this.file = file;
    }

    public void reject(String position, String reason) {
        try {
            if (out == null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                out.write("position\treason\n");
            }
            out.write(oneCell(position) + "\t" + oneCell(reason) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file " + file, e);
        }
    }

    /** Pushes the lines written so far to the file (called at each committed batch). */
    public void flush() {
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the rejects file " + file, e);
            }
        }
    }

    /** The file, or null when nothing was rejected. */
    public Path file() {
        return out == null ? null : file;
    }

    private static String oneCell(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the rejects file " + file, e);
            }
        }
    }
}
