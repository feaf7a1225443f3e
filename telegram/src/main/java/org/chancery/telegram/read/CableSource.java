package org.chancery.telegram.read;

import java.io.Closeable;
import java.io.IOException;

/**
 * A stream of raw cables from one file or input stream, read lazily (a 1.7 GB CSV is never held in memory).
 *
 * <p>{@link #next} throws {@link CableParseException} for a record that cannot be read; the source stays usable and
 * the following call goes on with the next record. It throws {@link IOException} only when the input itself fails.
 */
public interface CableSource extends Closeable {

    /** The layout detected for this input. */
    Layout layout();

    /** The next record, or null at the end of the input. */
    RawCable next() throws IOException;
}
