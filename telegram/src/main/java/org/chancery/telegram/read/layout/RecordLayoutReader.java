package org.chancery.telegram.read.layout;

import java.time.OffsetDateTime;
import java.util.List;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.Layout;
import org.chancery.telegram.read.RawCable;
import org.chancery.telegram.read.RecordMetadata;

/**
 * Reads the record layout of the seed cable: one file, one cable. Five metadata lines (reference id, subject, date,
 * classification, origin) are followed by the header and the text, which are handed over together because the
 * header's last line is often glued to the text's first.
 */
public final class RecordLayoutReader {
    private static final int METADATA_LINES = 5;

    private RecordLayoutReader() {}

    /** Splits one record into its metadata lines and the telegram after them. */
    public static RawCable parse(String record, String position) {
        String[] lines = new String[METADATA_LINES];
        int start = 0;
        for (int i = 0; i < METADATA_LINES; i++) {
            int end = record.indexOf('\n', start);
            if (end < 0) {
                throw new CableParseException(
                        position, "record layout needs " + METADATA_LINES + " metadata lines, found " + i);
            }
            lines[i] = stripCarriageReturn(record.substring(start, end)).strip();
            start = end + 1;
        }
        OffsetDateTime date = lines[2].isEmpty()
                ? null
                : RecordDates.record(lines[2])
                        .orElseThrow(() ->
                                new CableParseException(position, "line 3 is not a record date: '" + lines[2] + "'"));
        RecordMetadata metadata = new RecordMetadata(
                emptyToNull(lines[0]),
                emptyToNull(lines[1]),
                date,
                emptyToNull(lines[3]),
                emptyToNull(lines[4]),
                List.of());
        String telegram = WikiLeaksDateLine.dropFirstGlued(record.substring(start));
        return new RawCable(position, Layout.RECORD, metadata, null, telegram);
    }

    private static String stripCarriageReturn(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
