package org.chancery.telegram.read.layout;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts raw telegram input at its {@code NNNN} end-of-message lines into transmissions, without understanding them.
 * Input that is only blank is no transmission; a transmission over {@link CableSizeLimit#MAX_CHARS} is refused with
 * its position, and reading goes on with the next one.
 */
final class TelegramChunks {
    private static final String END_OF_MESSAGE = "NNNN";

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
            if (!telegram.toString().isBlank()) {
                count++;
                return new Chunk(position, telegram.toString());
            }
            if (!ended) {
                return null;
            }
        }
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
