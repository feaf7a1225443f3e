package org.chancery.telegram.read.layout;

import java.io.IOException;
import java.io.Reader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.Layout;
import org.chancery.telegram.read.RawCable;
import org.chancery.telegram.read.RecordMetadata;

/**
 * Reads the Cablegate CSV dump, row by row, over a character buffer: the full dump is 1.7 GB and is never held in
 * memory.
 *
 * <p>The dialect: eight columns (row number, {@code MM/DD/YYYY HH:MM} date in UTC, reference id, origin,
 * classification, {@code |}-separated references, header, text); every field quoted with {@code "}; fields span
 * lines; a backslash makes the next character literal ({@code \"} is a quote, {@code \\} a backslash). Quotes are
 * never doubled. General CSV libraries do not fit: configured for backslash escapes they read {@code \n} as a newline
 * and {@code \t} as a tab, which this dump never means, and they give up on the first broken row.
 *
 * <p>A broken row (wrong column count, unterminated quote, stray characters after a closing quote, a cable over 20
 * MB) is reported as a {@link CableParseException} naming {@code FILE row N (line L)}; the next call resumes at the
 * next line that starts a row ({@code "<digits>","}), so one bad row costs only itself.
 */
public final class CablegateCsvReader implements CableSource {
    private static final int COLUMNS = 8;

    private final Reader reader;
    private final String name;
    private char[] buffer = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;
    private boolean atLineStart = true;
    private long row;
    private boolean resynchronise;
    private final StringBuilder field = new StringBuilder(4096);
    /** The field {@link #readQuotedField} read last. */
    private String fieldValue = "";

    public CablegateCsvReader(Reader reader, String name) {
        this.reader = reader;
        this.name = name;
    }

    @Override
    public Layout layout() {
        return Layout.CABLEGATE_CSV;
    }

    @Override
    public RawCable next() throws IOException {
        if (resynchronise) {
            skipToRowStart();
            resynchronise = false;
        }
        skipBlankLines();
        if (!ensure(1)) {
            return null;
        }
        row++;
        long rowLine = line;
        String position = name + " row " + row + " (line " + rowLine + ")";
        List<String> fields = readFields(position, rowLine);
        if (fields.size() != COLUMNS) {
            resynchronise = true;
            throw new CableParseException(position, "expected " + COLUMNS + " columns, found " + fields.size());
        }
        return toRawCable(fields, position);
    }

    private List<String> readFields(String position, long rowLine) throws IOException {
        List<String> fields = new ArrayList<>(COLUMNS);
        long rowChars = 0;
        while (true) {
            int column = fields.size() + 1;
            if (!ensure(1)) {
                return fields; // a trailing comma at the end of the input; the column count reports it
            }
            char open = buffer[pos];
            if (open != '"') {
                resynchronise = true;
                throw new CableParseException(
                        position, "expected a quoted field in column " + column + ", found '" + printable(open) + "'");
            }
            consume();
            boolean closingAtLineStart = readQuotedField(position, column, rowChars);
            rowChars += fieldValue.length();
            fields.add(fieldValue);
            if (!ensure(1)) {
                return fields;
            }
            char after = buffer[pos];
            if (after == ',') {
                consume();
            } else if (after == '\n' || after == '\r') {
                consume();
                if (after == '\r' && ensure(1) && buffer[pos] == '\n') {
                    consume();
                }
                return fields;
            } else if (closingAtLineStart && line > rowLine && rowStartFollowsQuote()) {
                // The "closing" quote opens the next row: this field was never closed. Step back onto that quote,
                // so the next row is read from its own first character.
                pos--;
                atLineStart = true;
                throw new CableParseException(
                        position,
                        "unterminated quote in column " + column + " (runs into the next row at line " + line + ")");
            } else {
                resynchronise = true;
                throw new CableParseException(
                        position,
                        "unexpected '" + printable(after) + "' after the closing quote of column " + column + " (line "
                                + line + ")");
            }
        }
    }

    /**
     * Reads a field's content up to its closing quote (consumed) into {@link #fieldValue}.
     *
     * @return whether the closing quote stood at the start of a line
     */
    private boolean readQuotedField(String position, int column, long rowChars) throws IOException {
        field.setLength(0);
        while (true) {
            if (pos >= limit && !ensure(1)) {
                resynchronise = true;
                throw new CableParseException(position, "unterminated quote in column " + column);
            }
            boolean quoteAtLineStart = atLineStart;
            int start = pos;
            int i = pos;
            // fast path: copy plain characters, line breaks included, in one go; only the line count needs them
            int newlines = 0;
            final char[] chars = buffer;
            final int end = limit;
            while (i < end) {
                char c = chars[i];
                if (c == '"' || c == '\\') {
                    break;
                }
                if (c == '\n') {
                    newlines++;
                }
                i++;
            }
            String direct = null;
            if (i > start) {
                if (field.isEmpty() && i < end && chars[i] == '"') {
                    // The whole field lies in the buffer: copy it once, and skip the reused builder, which a single
                    // non-Latin-1 field widens to UTF-16 for good (every later append and toString then converts).
                    direct = new String(chars, start, i - start);
                } else {
                    field.append(chars, start, i - start);
                }
                line += newlines;
                atLineStart = chars[i - 1] == '\n';
                quoteAtLineStart = atLineStart;
                pos = i;
            }
            if (rowChars + (direct != null ? direct.length() : field.length()) > CableSizeLimit.MAX_CHARS) {
                resynchronise = true;
                throw CableSizeLimit.exceeded(position);
            }
            if (pos >= limit) {
                continue;
            }
            char c = buffer[pos];
            consume();
            if (c == '"') {
                fieldValue = direct != null ? direct : field.toString();
                return quoteAtLineStart;
            }
            if (c == '\\') {
                if (!ensure(1)) {
                    resynchronise = true;
                    throw new CableParseException(position, "unterminated quote in column " + column);
                }
                c = buffer[pos];
                consume();
            }
            field.append(c);
        }
    }

    private RawCable toRawCable(List<String> fields, String position) {
        String dateText = fields.get(1).strip();
        OffsetDateTime date = dateText.isEmpty()
                ? null
                : RecordDates.csv(dateText)
                        .orElseThrow(
                                () -> new CableParseException(position, "bad date '" + dateText + "' in column 2"));
        List<String> references = new ArrayList<>();
        for (String ref : fields.get(5).split("\\|")) {
            if (!ref.isBlank()) {
                references.add(ref.strip());
            }
        }
        RecordMetadata metadata = new RecordMetadata(
                blankToNull(fields.get(2)),
                null,
                date,
                blankToNull(fields.get(4)),
                blankToNull(fields.get(3)),
                references);
        return new RawCable(
                position,
                Layout.CABLEGATE_CSV,
                metadata,
                fields.get(6),
                WikiLeaksDateLine.dropFirstLine(fields.get(7)));
    }

    /** After a broken row: moves to the start of the next line that starts a row (or to the end of the input). */
    private void skipToRowStart() throws IOException {
        while (true) {
            if (atLineStart && rowStartAhead()) {
                return;
            }
            // skip the rest of this line
            while (true) {
                if (!ensure(1)) {
                    return;
                }
                char c = buffer[pos];
                consume();
                if (c == '\n') {
                    break;
                }
            }
        }
    }

    private void skipBlankLines() throws IOException {
        while (ensure(1) && (buffer[pos] == '\n' || buffer[pos] == '\r')) {
            consume();
        }
    }

    /** Whether {@code "<digits>","} starts at {@link #pos}. */
    private boolean rowStartAhead() throws IOException {
        return matchesRowStart(pos);
    }

    /** Whether the characters after the quote just consumed complete a row start. */
    private boolean rowStartFollowsQuote() throws IOException {
        return matchesRowStart(pos - 1);
    }

    private boolean matchesRowStart(int from) throws IOException {
        int offset = from - pos; // 0, or -1 for the quote just consumed (kept in the buffer by fill)
        int i = 0;
        if (!charAt(offset + i++, '"')) {
            return false;
        }
        int digits = 0;
        while (ensure(offset + i + 1) && Character.isDigit(buffer[pos + offset + i]) && digits < 19) {
            digits++;
            i++;
        }
        return digits > 0 && charAt(offset + i, '"') && charAt(offset + i + 1, ',') && charAt(offset + i + 2, '"');
    }

    private boolean charAt(int offset, char expected) throws IOException {
        return ensure(offset + 1) && buffer[pos + offset] == expected;
    }

    private void consume() {
        char c = buffer[pos++];
        if (c == '\n') {
            line++;
            atLineStart = true;
        } else {
            atLineStart = false;
        }
    }

    /** Makes at least {@code n} characters available from {@link #pos}; false at the end of the input. */
    private boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (eof) {
                return false;
            }
            // keep one character before pos: the unterminated-quote check steps back onto it
            int keep = Math.max(0, pos - 1);
            if (keep > 0) {
                System.arraycopy(buffer, keep, buffer, 0, limit - keep);
                pos -= keep;
                limit -= keep;
            }
            if (limit == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            int read = reader.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                eof = true;
                return limit - pos >= n;
            }
            limit += read;
        }
        return true;
    }

    private static String printable(char c) {
        return c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static String blankToNull(String s) {
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
