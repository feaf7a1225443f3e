package org.chancery.telegram.read;

import org.chancery.telegram.read.header.HeaderReader;

/**
 * Reads a transmission header: ACP-127 format lines FL1–FL8, and the older layouts (FL5 first, {@code PAGE 01}
 * lines, {@code ACTION}/{@code INFO} office blocks, partial extracts). Never throws: what cannot be read is left empty,
 * and unknown lines are skipped. Linear in the header's length.
 */
public final class HeaderParser {
    private HeaderParser() {}

    public static ParsedHeader parse(String header) {
        return HeaderReader.read(header);
    }
}
