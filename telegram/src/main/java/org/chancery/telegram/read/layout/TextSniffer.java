package org.chancery.telegram.read.layout;

import org.chancery.telegram.read.CableParseException;

/**
 * Decides from the first bytes of an input whether it is text at all, so that a binary file (an image, a zip, a
 * database) is refused with a reason instead of being read as one huge garbled cable.
 */
public final class TextSniffer {
    /** Above this share of invalid UTF-8 sequences the input is taken for binary, not for text with a few bad bytes. */
    private static final double MAX_INVALID_SHARE = 0.01;

    private TextSniffer() {}

    /**
     * Refuses the sample when it is not text.
     *
     * @param sample the first bytes of the (decompressed) input
     * @param length how many bytes of {@code sample} are filled
     * @param atEnd whether the sample holds the whole input, so a multi-byte sequence cut at its end is an error
     * @throws CableParseException with a problem starting {@code not text:}
     */
    public static void requireText(byte[] sample, int length, boolean atEnd, String name) {
        int invalid = 0;
        int controls = 0;
        int i = 0;
        while (i < length) {
            int b = sample[i] & 0xff;
            if (b == 0) {
                throw new CableParseException(name, "not text: contains NUL bytes (binary input?)");
            }
            if (b < 0x80) {
                if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                    controls++;
                }
                i++;
                continue;
            }
            int need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
            if (need < 0 || b > 0xf4) {
                invalid++;
                i++;
                continue;
            }
            if (i + need >= length && !atEnd) {
                break; // the sample ends inside a character; the rest of it is beyond the sample
            }
            int j = 1;
            while (j <= need && i + j < length && (sample[i + j] & 0xc0) == 0x80) {
                j++;
            }
            if (j <= need) {
                invalid++;
                i += j;
            } else {
                i += need + 1;
            }
        }
        double share = length == 0 ? 0 : (double) (invalid + controls) / length;
        if (share > MAX_INVALID_SHARE) {
            throw new CableParseException(
                    name,
                    "not text: " + invalid + " invalid UTF-8 sequences and " + controls
                            + " control characters in the first " + length + " bytes");
        }
    }
}
