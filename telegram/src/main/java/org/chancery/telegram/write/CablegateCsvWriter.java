package org.chancery.telegram.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Reference;

/**
 * Streams cables out in the Cablegate CSV layout: one row per cable, eight fields each in double quotes — row number,
 * {@code MM/DD/YYYY HH:MM} (UTC), reference id, origin, classification ({@code SECRET//NOFORN}, {@code
 * UNCLASSIFIED//FOR OFFICIAL USE ONLY}), the cited reference ids joined by {@code |}, the first section's header, and
 * the text with later sections announced by page-break lines. Quotes and backslashes inside a field are escaped
 * with a backslash; line feeds stay as they are. Rows end in a line feed.
 *
 * <p>Not thread-safe: one writer numbers the rows of one output.
 */
public final class CablegateCsvWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm", Locale.ROOT);

    private final Writer out;
    private final TelegramWriter telegrams;
    private long row;

    public CablegateCsvWriter(Writer out) {
        this(out, new TelegramWriter());
    }

    public CablegateCsvWriter(Writer out, TelegramWriter telegrams) {
        this.out = Objects.requireNonNull(out, "out");
        this.telegrams = Objects.requireNonNull(telegrams, "telegrams");
    }

    /** Writes one row. */
    public void write(Cable cable) throws IOException {
        WrittenTelegram written = telegrams.layout(cable);
        row++;
        field(Long.toString(row), false);
        field(cable.date() == null ? "" : DATE.format(cable.date().withOffsetSameInstant(ZoneOffset.UTC)), false);
        field(nullToEmpty(cable.referenceId()), false);
        field(nullToEmpty(cable.origin()), false);
        field(classification(cable), false);
        field(
                cable.references().stream()
                        .map(Reference::id)
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining("|")),
                false);
        field(written.header(), false);
        field(written.cablegateText(), true);
    }

    /** Writes every cable the iterator yields, without holding them. */
    public long writeAll(Iterator<Cable> cables) throws IOException {
        long count = 0;
        while (cables.hasNext()) {
            write(cables.next());
            count++;
        }
        return count;
    }

    /** Rows written so far. */
    public long rows() {
        return row;
    }

    public void flush() throws IOException {
        out.flush();
    }

    /**
     * The fifth column: the level, {@code //FOR OFFICIAL USE ONLY} for FOUO unclassified cables, and {@code
     * //NOFORN} — the only caveats the Cablegate release writes there. An SBU-only cable is plain {@code
     * UNCLASSIFIED}: its text carries the SBU marking, and the readers take FOUO from this column, so writing it for
     * SBU would add a caveat the cable does not have.
     */
    public static String classification(Cable cable) {
        StringBuilder c = new StringBuilder(cable.classification().label());
        if (cable.classification() == Classification.UNCLASSIFIED
                && cable.handling().contains("FOUO")) {
            c.append("//FOR OFFICIAL USE ONLY");
        }
        if (cable.handling().contains("NOFORN")) {
            c.append("//NOFORN");
        }
        return c.toString();
    }

    private void field(String value, boolean last) throws IOException {
        out.write('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '"' || ch == '\\') {
                out.write('\\');
            }
            out.write(ch);
        }
        out.write('"');
        out.write(last ? '\n' : ',');
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Adapts {@link #write} for use in streams. */
    public void writeUnchecked(Cable cable) {
        try {
            write(cable);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
