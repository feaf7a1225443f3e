package org.chancery.telegram.read.layout;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.Layout;

/**
 * Turns a byte stream into a {@link CableSource}: undoes gzip when the stream starts with its magic bytes, refuses
 * binary input, decodes UTF-8 and picks the reader for the layout the first characters show.
 */
public final class OpenedInput {
    private static final int SAMPLE_BYTES = 64 * 1024;

    private OpenedInput() {}

    public static CableSource open(InputStream raw, String name) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SAMPLE_BYTES);
        if (isGzip(in)) {
            in = new BufferedInputStream(new GZIPInputStream(in, SAMPLE_BYTES), SAMPLE_BYTES);
        }
        in.mark(SAMPLE_BYTES);
        byte[] sample = in.readNBytes(SAMPLE_BYTES);
        in.reset();
        try {
            TextSniffer.requireText(sample, sample.length, sample.length < SAMPLE_BYTES, name);
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
        int bom = startsWithBom(sample) ? 3 : 0;
        in.skipNBytes(bom);
        String head = new String(sample, bom, Math.min(sample.length - bom, 4096), StandardCharsets.UTF_8);
        Layout layout = LayoutDetector.detect(head);
        return switch (layout) {
            case CABLEGATE_CSV -> new CablegateCsvReader(in, name); // decodes field by field itself
            case WIKILEAKS_HTML -> new SingleCableSource(decoded(in), name, layout, WikiLeaksHtmlReader::parse);
            case RECORD -> new SingleCableSource(decoded(in), name, layout, RecordLayoutReader::parse);
            case TELEGRAM -> new TelegramTextReader(decoded(in), name);
        };
    }

    private static Reader decoded(InputStream in) {
        return new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static boolean isGzip(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b;
    }

    private static boolean startsWithBom(byte[] sample) {
        return sample.length >= 3
                && (sample[0] & 0xff) == 0xef
                && (sample[1] & 0xff) == 0xbb
                && (sample[2] & 0xff) == 0xbf;
    }
}
