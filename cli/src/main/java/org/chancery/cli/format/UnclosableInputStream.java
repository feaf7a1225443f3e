package org.chancery.cli.format;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Standard input handed to a reader that closes what it reads: closing it must not close the process's stdin. */
final class UnclosableInputStream extends FilterInputStream {
    UnclosableInputStream(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // deliberately left open: stdin belongs to the process, not to this command
    }
}
