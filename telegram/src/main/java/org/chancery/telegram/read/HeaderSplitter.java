package org.chancery.telegram.read;

/**
 * Finds where the transmission header ends and the text begins, including the case where the header's last line and
 * the text's first line are glued together ({@code ...IMMEDIATEC O N F I D E N T I A L}).
 */
public final class HeaderSplitter {
    private HeaderSplitter() {}

    public static SplitTelegram split(String raw) {
        // TODO(header helper): real implementation
        return new SplitTelegram("", raw);
    }
}
