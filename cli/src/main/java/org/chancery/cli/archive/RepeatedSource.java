package org.chancery.cli.archive;

import java.util.List;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.Layout;
import org.chancery.telegram.read.RawCable;

/**
 * Hands out {@code count} records by cycling through a sample; each copy's position starts with its copy number, so
 * that the parsing step can give it an id of its own.
 */
final class RepeatedSource implements CableSource {
    private final List<RawCable> sample;
    private final long count;
    private long next;
    private long chars;

    RepeatedSource(List<RawCable> sample, long count) {
        this.sample = sample;
        this.count = count;
    }

    @Override
    public Layout layout() {
        return sample.getFirst().layout();
    }

    @Override
    public RawCable next() {
        if (next == count) {
            return null;
        }
        long copy = next / sample.size();
        RawCable raw = sample.get((int) (next++ % sample.size()));
        chars += raw.text().length() + (raw.header() == null ? 0 : raw.header().length());
        return new RawCable(copy + "\t" + raw.position(), raw.layout(), raw.metadata(), raw.header(), raw.text());
    }

    /** Characters of cable text handed out so far. */
    long chars() {
        return chars;
    }

    @Override
    public void close() {}
}
