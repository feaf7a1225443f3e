package org.chancery.telegram.read;

import org.chancery.telegram.read.header.HeaderBoundary;

/**
 * Finds where the transmission header ends and the text begins, including the case where the header's last line and
 * the text's first line are glued together ({@code ...IMMEDIATEC O N F I D E N T I A L}).
 *
 * <p>The header keeps everything before the cut except trailing line breaks; the text keeps everything from the cut
 * on. A telegram with no recognisable header (a bare fragment) gets an empty header. Runs in time linear in the input,
 * whatever the input.
 */
public final class HeaderSplitter {
    private HeaderSplitter() {}

    public static SplitTelegram split(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new SplitTelegram("", raw == null ? "" : raw);
        }
        int cut = HeaderBoundary.find(raw);
        int headerEnd = cut;
        while (headerEnd > 0 && (raw.charAt(headerEnd - 1) == '\n' || raw.charAt(headerEnd - 1) == '\r')) {
            headerEnd--;
        }
        return new SplitTelegram(raw.substring(0, headerEnd), raw.substring(cut));
    }
}
