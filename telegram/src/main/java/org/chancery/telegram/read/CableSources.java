package org.chancery.telegram.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Opens any file or stream of cables, detecting its layout (and gzip compression) from its content. */
public final class CableSources {
    private CableSources() {}

    /** Opens a file; {@code .gz} files are decompressed on the fly. */
    public static CableSource open(Path file) throws IOException {
        // TODO(layout helper)
        throw new UnsupportedOperationException("not implemented");
    }

    /** Opens a stream; {@code name} is used in positions and error messages. */
    public static CableSource open(InputStream in, String name) throws IOException {
        // TODO(layout helper)
        throw new UnsupportedOperationException("not implemented");
    }
}
