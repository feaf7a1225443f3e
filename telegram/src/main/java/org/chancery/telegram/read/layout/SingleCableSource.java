package org.chancery.telegram.read.layout;

import java.io.IOException;
import java.io.Reader;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.Layout;
import org.chancery.telegram.read.RawCable;

/** A layout that holds exactly one cable per file (record files, WikiLeaks pages): read it whole, parse it once. */
final class SingleCableSource implements CableSource {

    /** Parses a whole file's text, given the text and its position for messages. */
    interface WholeFileParser {
        RawCable parse(String text, String position);
    }

    private final Reader reader;
    private final String name;
    private final Layout layout;
    private final WholeFileParser parser;
    private boolean done;

    SingleCableSource(Reader reader, String name, Layout layout, WholeFileParser parser) {
        this.reader = reader;
        this.name = name;
        this.layout = layout;
        this.parser = parser;
    }

    @Override
    public Layout layout() {
        return layout;
    }

    @Override
    public RawCable next() throws IOException {
        if (done) {
            return null;
        }
        done = true;
        return parser.parse(WholeText.read(reader, name), name);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
