package org.chancery.telegram.read.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>The reader works on the UTF-8 bytes and decodes each field once, when it is complete, instead of decoding the
 * whole stream into characters first: the characters it looks for (quote, backslash, comma, line breaks) are ASCII
 * and never occur inside a multi-byte sequence, and {@code new String(bytes, UTF_8)} copies ASCII in one vectorised
 * step and builds compact strings directly. Malformed bytes become U+FFFD exactly as the stream decoder made them:
 * every field ends at an ASCII byte, which ends any broken sequence before it in both cases.
 */
public final class CablegateCsvReader implements CableSource {
    private static final int COLUMNS = 8;

    /**
     * Bytes decoded to find a row start: the test reads at most 23 characters (quote, 19 digits, quote, comma,
     * quote), and no character takes more than 4 bytes.
     */
    private static final int ROW_START_WINDOW = 96;

    private final InputStream in;
    private final String name;
    private byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;
    private boolean atLineStart = true;
    private long row;
    private boolean resynchronise;
    /** Decoded parts of the field being read; used only when its bytes had to be decoded in pieces. */
    private final StringBuilder field = new StringBuilder(4096);
    /** Bytes of the field being read that are not decoded yet, when the field does not lie whole in the buffer. */
    private byte[] pending = new byte[4096];

    private int pendingLength;
    /** The field {@link #readQuotedField} read last. */
    private String fieldValue = "";

    /** Reads the CSV from its UTF-8 bytes (after any byte order mark). */
    public CablegateCsvReader(InputStream in, String name) {
        this.in = in;
        this.name = name;
    }

    /** Reads the CSV from characters, through their UTF-8 encoding. */
    public CablegateCsvReader(Reader reader, String name) {
        this(new Utf8EncodedReader(reader), name);
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
            if (buffer[pos] != '"') {
                resynchronise = true;
                throw new CableParseException(
                        position,
                        "expected a quoted field in column " + column + ", found '" + printable(charAtPos()) + "'");
            }
            consume();
            boolean closingAtLineStart = readQuotedField(position, column, rowChars);
            rowChars += fieldValue.length();
            fields.add(fieldValue);
            if (!ensure(1)) {
                return fields;
            }
            byte after = buffer[pos];
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
                        "unexpected '" + printable(charAtPos()) + "' after the closing quote of column " + column
                                + " (line " + line + ")");
            }
        }
    }

    /**
     * Reads a field's content up to its closing quote (consumed) into {@link #fieldValue}.
     *
     * <p>Size: the field's bytes bound its characters from above, and a third of them from below (no character
     * decodes from more than 3 bytes, a 4-byte one gives 2 characters), so the field is decoded early only when the
     * limit is neither surely kept nor surely broken. Any refusal happens before the closing quote, as it did when
     * characters were counted one run at a time, so the reader resumes at the same place.
     *
     * @return whether the closing quote stood at the start of a line
     */
    private boolean readQuotedField(String position, int column, long rowChars) throws IOException {
        field.setLength(0);
        pendingLength = 0;
        while (true) {
            if (pos >= limit && !ensure(1)) {
                decodePending();
                checkSize(position, rowChars + field.length());
                resynchronise = true;
                throw new CableParseException(position, "unterminated quote in column " + column);
            }
            boolean quoteAtLineStart = atLineStart;
            int start = pos;
            int i = pos;
            // fast path: pass over plain bytes, line breaks included, in one go; only the line count needs them
            int newlines = 0;
            final byte[] bytes = buffer;
            final int end = limit;
            while (i < end) {
                byte b = bytes[i];
                if (b == '"' || b == '\\') {
                    break;
                }
                if (b == '\n') {
                    newlines++;
                }
                i++;
            }
            String direct = null;
            if (i > start) {
                if (pendingLength == 0 && field.isEmpty() && i < end && bytes[i] == '"') {
                    // The whole field lies in the buffer: decode it straight from there.
                    direct = new String(bytes, start, i - start, StandardCharsets.UTF_8);
                } else {
                    appendPending(bytes, start, i - start);
                }
                line += newlines;
                atLineStart = bytes[i - 1] == '\n';
                quoteAtLineStart = atLineStart;
                pos = i;
            }
            if (direct != null) {
                checkSize(position, rowChars + direct.length());
            } else if (rowChars + field.length() + pendingLength > CableSizeLimit.MAX_CHARS) {
                if (rowChars + field.length() + pendingLength / 3 > CableSizeLimit.MAX_CHARS) {
                    resynchronise = true;
                    throw CableSizeLimit.exceeded(position);
                }
                if (pos < limit) {
                    // at a quote or backslash: settle the size now, as the characters are all known
                    decodePending();
                    checkSize(position, rowChars + field.length());
                }
            }
            if (pos >= limit) {
                continue;
            }
            byte b = buffer[pos];
            consume();
            if (b == '"') {
                if (direct != null) {
                    fieldValue = direct;
                } else if (field.isEmpty()) {
                    // the usual case for a field with escapes: decoded in one piece, no builder
                    fieldValue = new String(pending, 0, pendingLength, StandardCharsets.UTF_8);
                    checkSize(position, rowChars + fieldValue.length());
                } else {
                    decodePending();
                    checkSize(position, rowChars + field.length());
                    fieldValue = field.toString();
                }
                return quoteAtLineStart;
            }
            // a backslash: the next character is literal
            if (!ensure(1)) {
                decodePending();
                checkSize(position, rowChars + field.length());
                resynchronise = true;
                throw new CableParseException(position, "unterminated quote in column " + column);
            }
            byte escaped = buffer[pos];
            if (escaped < 0) {
                // A multi-byte character: the bytes before the backslash are decoded on their own, as the backslash
                // ended any sequence among them; the character then decodes with the bytes that follow.
                decodePending();
            }
            consume();
            appendPending(buffer, pos - 1, 1);
        }
    }

    private void appendPending(byte[] bytes, int from, int length) {
        if (pendingLength + length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + length));
        }
        System.arraycopy(bytes, from, pending, pendingLength, length);
        pendingLength += length;
    }

    /**
     * Moves the pending bytes, decoded, into {@link #field}. Only called where the next byte is ASCII (a quote, a
     * backslash) or at the end of the input, so no sequence is cut that the stream decoder would have joined.
     */
    private void decodePending() {
        if (pendingLength > 0) {
            field.append(new String(pending, 0, pendingLength, StandardCharsets.UTF_8));
            pendingLength = 0;
        }
    }

    private void checkSize(String position, long rowChars) {
        if (rowChars > CableSizeLimit.MAX_CHARS) {
            resynchronise = true;
            throw CableSizeLimit.exceeded(position);
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
                byte c = buffer[pos];
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
        if (!ensure(offset + 1) || buffer[pos + offset] != '"') {
            return false;
        }
        // Digits are any that Character.isDigit accepts, as when the reader worked on characters: decode a window.
        ensure(offset + ROW_START_WINDOW);
        int at = pos + offset;
        String window = new String(buffer, at, Math.min(limit - at, ROW_START_WINDOW), StandardCharsets.UTF_8);
        int i = 1;
        int digits = 0;
        while (i < window.length() && Character.isDigit(window.charAt(i)) && digits < 19) {
            digits++;
            i++;
        }
        return digits > 0 && window.startsWith("\",\"", i);
    }

    /** The character that starts at {@link #pos} (at a byte after an ASCII one), for messages. */
    private char charAtPos() throws IOException {
        if (buffer[pos] >= 0) {
            return (char) buffer[pos];
        }
        ensure(4);
        return new String(buffer, pos, Math.min(limit - pos, 4), StandardCharsets.UTF_8).charAt(0);
    }

    private void consume() {
        byte c = buffer[pos++];
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
            int read = in.read(buffer, limit, buffer.length - limit);
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
        in.close();
    }
}
