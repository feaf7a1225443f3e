package org.chancery.telegram.read.layout;

import java.io.IOException;
import java.io.Reader;
import java.util.regex.Pattern;
import org.chancery.telegram.read.HeaderSplitter;

/**
 * Cuts raw telegram input at its {@code NNNN} end-of-message lines into transmissions, without understanding them.
 * Input that is only blank is no transmission; a transmission over {@link CableSizeLimit#MAX_CHARS} is refused with
 * its position, and reading goes on with the next one.
 *
 * <p>Archived cables often carry a trailer after their last {@code NNNN} ({@code End Cable Text}, the record's id and
 * classification, a redaction mark). Read as a transmission it would become a second, junk cable, so what follows the
 * last {@code NNNN} is dropped when it is only such a trailer: a few words on a line or three, with no header, no
 * banner, no field and no paragraph. Anything more, a real fragment, is still a transmission.
 */
final class TelegramChunks {
    private static final String END_OF_MESSAGE = "NNNN";
    private static final int TRAILER_MAX_LINES = 3;
    private static final int TRAILER_MAX_WORDS = 8;
    private static final Pattern BANNER_START =
            Pattern.compile("(?:UNCLAS|CONFIDENTIAL|SECRET|TOPSECRET|LIMITEDOFFICIALUSE|SENSITIVE).*");
    private static final Pattern FIELD_OR_PARAGRAPH = Pattern.compile("(?:¶|\\d{1,2}\\.\\s|[A-Z][A-Za-z. ]{0,15}:).*");

    /**
     * One transmission as read.
     *
     * @param position where it starts, for messages: {@code name telegram 3 (line 120)}
     * @param text its lines with their terminators, without the {@code NNNN} line
     */
    record Chunk(String position, String text) {}

    private final Reader reader;
    private final String name;
    private final char[] buffer = new char[16384];
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;
    private int count;
    private boolean endSeen;
    /** End-of-message lines met before any transmission: input made only of them is still text, not nothing. */
    private final StringBuilder markersOnly = new StringBuilder();

    TelegramChunks(Reader reader, String name) {
        this.reader = reader;
        this.name = name;
    }

    /** The next transmission, or null at the end of the input. */
    Chunk next() throws IOException {
        while (true) {
            String position = name + " telegram " + (count + 1) + " (line " + line + ")";
            StringBuilder telegram = new StringBuilder();
            boolean ended = false;
            boolean oversize = false;
            String lineText;
            while ((lineText = readLine()) != null) {
                if (lineText.strip().equals(END_OF_MESSAGE)) {
                    if (count == 0 && markersOnly.length() < CableSizeLimit.MAX_CHARS) {
                        markersOnly.append(lineText);
                    }
                    ended = true;
                    break;
                }
                if (!oversize && telegram.length() + lineText.length() > CableSizeLimit.MAX_CHARS) {
                    oversize = true; // keep reading to the end of this telegram, so the next one starts right
                    telegram.setLength(0);
                }
                if (!oversize) {
                    telegram.append(lineText);
                }
            }
            if (oversize) {
                count++;
                throw CableSizeLimit.exceeded(position);
            }
            endSeen |= ended;
            String text = telegram.toString();
            if (!ended && endSeen && isTrailer(text)) {
                return endOfInput();
            }
            if (!text.isBlank()) {
                count++;
                return new Chunk(position, text);
            }
            if (!ended) {
                return endOfInput();
            }
        }
    }

    /** Null, unless the whole input was end-of-message lines: then that text is the one (empty) transmission. */
    private Chunk endOfInput() {
        if (count > 0 || markersOnly.isEmpty()) {
            return null;
        }
        count++;
        Chunk only = new Chunk(name + " telegram 1 (line 1)", markersOnly.toString());
        markersOnly.setLength(0);
        return only;
    }

    /** Whether text after the last {@code NNNN} is only an archive's trailer, not a transmission. */
    private static boolean isTrailer(String text) {
        int lines = 0;
        int words = 0;
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            lines++;
            words += stripped.split("\\s+").length;
            // spaced banners (C O N F I D E N T I A L) are caught with their blanks removed
            if (BANNER_START.matcher(stripped.replace(" ", "")).matches()
                    || FIELD_OR_PARAGRAPH.matcher(stripped).matches()) {
                return false;
            }
        }
        return lines <= TRAILER_MAX_LINES
                && words <= TRAILER_MAX_WORDS
                && HeaderSplitter.split(text).header().isEmpty();
    }

    /** The next line with its terminator, or null at the end of the input. */
    private String readLine() throws IOException {
        StringBuilder out = null;
        while (true) {
            if (pos >= limit) {
                if (eof || !fill()) {
                    return out == null || out.isEmpty() ? null : out.toString();
                }
            }
            int start = pos;
            while (pos < limit && buffer[pos] != '\n') {
                pos++;
            }
            boolean newline = pos < limit;
            if (newline) {
                pos++;
            }
            if (out == null) {
                out = new StringBuilder(pos - start + 16);
            }
            out.append(buffer, start, pos - start);
            if (newline) {
                line++;
                return out.toString();
            }
            if (out.length() > CableSizeLimit.MAX_CHARS) {
                // a single endless line: hand it back in pieces, the caller's size check refuses the telegram
                return out.toString();
            }
        }
    }

    private boolean fill() throws IOException {
        int n = reader.read(buffer);
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    void close() throws IOException {
        reader.close();
    }
}
