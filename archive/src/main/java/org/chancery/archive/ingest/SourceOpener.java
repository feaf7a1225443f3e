package org.chancery.archive.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;

/** Opens a stream of cables; the importer supplies the stream so that it can count the bytes consumed. */
@FunctionalInterface
public interface SourceOpener {

    /** Opens {@code in}, named {@code name} in positions and messages. */
    CableSource open(InputStream in, String name) throws IOException;

    /** Every layout the readers know, gzip detected from the content. */
    static SourceOpener standard() {
        return CableSources::open;
    }
}
