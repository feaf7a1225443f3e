package org.chancery.cli.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;
import org.chancery.telegram.read.Layout;
import org.chancery.telegram.read.RawCable;
import org.chancery.telegram.read.layout.CableSizeLimit;

/**
 * One input of a format command (a file, or standard input for {@code -}), opened as a {@link CableSource}, with the
 * reader's refusals sorted into "this record is bad" (the command goes on) and "this input is not cables at all"
 * ({@link UnreadableInputException}, one line, exit 2): a missing file, binary data, a single cable over 20 MB.
 */
public final class CableInput implements AutoCloseable {
    private static final String STDIN = "-";
    /** How the readers word a refusal of binary input. */
    private static final String NOT_TEXT = "not text";

    private final String name;
    private final CableSource source;

    private CableInput(String name, CableSource source) {
        this.name = name;
        this.source = source;
    }

    /**
     * Opens {@code file}, or {@code stdin} when {@code file} is null or {@code -}.
     *
     * @throws UnreadableInputException when the input is missing or not text
     */
    public static CableInput open(String file, InputStream stdin) throws UnreadableInputException {
        boolean fromStdin = file == null || file.equals(STDIN);
        String name = fromStdin ? "stdin" : file;
        InputStream raw = fromStdin ? new UnclosableInputStream(stdin) : openFile(file);
        try {
            return new CableInput(name, CableSources.open(raw, name));
        } catch (CableParseException e) {
            closeQuietly(raw);
            throw new UnreadableInputException(name, e.problem(), e);
        } catch (IOException e) {
            closeQuietly(raw);
            throw new UnreadableInputException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The input's name for messages: the file as given, or {@code stdin}. */
    public String name() {
        return name;
    }

    public Layout layout() {
        return source.layout();
    }

    /**
     * The next record, or null at the end.
     *
     * @throws CableParseException for one record that cannot be read; the next call goes on with the following one
     * @throws UnreadableInputException when the input itself fails, or it is one cable and that cable is refused
     */
    public RawCable next() throws UnreadableInputException {
        try {
            return source.next();
        } catch (IOException e) {
            throw new UnreadableInputException(name, "cannot read: " + e.getMessage(), e);
        } catch (CableParseException e) {
            if (refusesWholeInput(e)) {
                throw new UnreadableInputException(name, e.problem(), e);
            }
            throw e;
        }
    }

    /**
     * Binary data is never a bad record among good ones; an oversize cable is the whole input unless the input is a
     * CSV, whose other rows are still worth reading.
     */
    private boolean refusesWholeInput(CableParseException e) {
        String problem = e.problem() == null ? "" : e.problem();
        return problem.startsWith(NOT_TEXT)
                || (problem.equals(CableSizeLimit.PROBLEM) && source.layout() != Layout.CABLEGATE_CSV);
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException ignored) {
            // Reading is over; a failure to release the input changes nothing about what was read.
        }
    }

    private static InputStream openFile(String file) throws UnreadableInputException {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new UnreadableInputException(file, "is a directory, not a file of cables");
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new UnreadableInputException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new UnreadableInputException(file, "permission denied");
        } catch (IOException e) {
            throw new UnreadableInputException(file, "cannot open: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Already failing with a clearer message; a close failure adds nothing.
        }
    }
}
