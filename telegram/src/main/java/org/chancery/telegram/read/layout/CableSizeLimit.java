package org.chancery.telegram.read.layout;

import org.chancery.telegram.read.CableParseException;

/**
 * The largest cable any reader accepts. The longest real cables are a few hundred kilobytes; anything far beyond that
 * is a runaway field or a file that is not cables, and holding it in memory would put the whole import at risk.
 */
public final class CableSizeLimit {
    /** 20 MB, counted in characters (one byte per character for the ASCII the cables are written in). */
    public static final int MAX_CHARS = 20 * 1024 * 1024;

    /** The problem text callers (the CLI) recognise. */
    public static final String PROBLEM = "cable exceeds 20 MB";

    private CableSizeLimit() {}

    public static CableParseException exceeded(String position) {
        return new CableParseException(position, PROBLEM);
    }
}
