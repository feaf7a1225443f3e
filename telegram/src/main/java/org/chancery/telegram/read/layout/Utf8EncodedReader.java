package org.chancery.telegram.read.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 bytes of a character stream, encoded as they are read, for readers that work on bytes but are also given
 * text already in characters ({@link CablegateCsvReader} from a {@code Reader}). A lone surrogate, which no decoded
 * file contains, is written as {@code ?}.
 */
final class Utf8EncodedReader extends InputStream {
    private final Reader reader;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final CharBuffer chars = CharBuffer.allocate(8192);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3);
    private boolean endOfInput;
    private boolean flushed;

    Utf8EncodedReader(Reader reader) {
        this.reader = reader;
        chars.flip(); // empty, ready to be read from
        bytes.flip();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!bytes.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            encodeMore();
        }
        int n = Math.min(len, bytes.remaining());
        bytes.get(b, off, n);
        return n;
    }

    private void encodeMore() throws IOException {
        if (!endOfInput) {
            chars.compact();
            int read = reader.read(chars);
            endOfInput = read < 0;
            chars.flip();
        }
        bytes.clear();
        CoderResult result = encoder.encode(chars, bytes, endOfInput);
        if (endOfInput && result.isUnderflow()) {
            flushed = encoder.flush(bytes).isUnderflow();
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
