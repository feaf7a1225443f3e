package org.chancery.telegram.read;

/** Reads a transmission header: ACP-127 format lines FL1–FL8, and the older layouts. */
public final class HeaderParser {
    private HeaderParser() {}

    public static ParsedHeader parse(String header) {
        // TODO(header helper): real implementation
        return ParsedHeader.EMPTY;
    }
}
