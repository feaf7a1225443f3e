package org.chancery.telegram.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chancery.telegram.read.layout.OpenedInput;

/**
 * Opens any file or stream of cables, detecting its layout (and gzip compression) from its content, not from its
 * name.
 *
 * <p>Binary input is refused with a {@link CableParseException} whose problem starts with {@code not text:}; a cable
 * larger than 20 MB with the problem {@code cable exceeds 20 MB}.
 */
public final class CableSources {
    private CableSources() {}

    /** Opens a file; {@code .gz} files are decompressed on the fly. */
    public static CableSource open(Path file) throws IOException {
        Path fileName = file.getFileName();
        return open(Files.newInputStream(file), fileName == null ? file.toString() : fileName.toString());
    }

    /** Opens a stream; {@code name} is used in positions and error messages. */
    public static CableSource open(InputStream in, String name) throws IOException {
        return OpenedInput.open(in, name);
    }
}
