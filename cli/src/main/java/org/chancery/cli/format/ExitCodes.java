package org.chancery.cli.format;

/** The exit codes the format commands share, so scripts can tell "bad cable" from "not a cable file at all". */
public final class ExitCodes {
    private ExitCodes() {}

    /** Everything read (and, for validate, no ERROR finding). */
    public static final int OK = 0;

    /** Some record was rejected (parse, render) or some finding is an ERROR (validate); the rest was still done. */
    public static final int REJECTED = 1;

    /** The input cannot be read at all: missing, binary, or a single cable over the size limit. */
    public static final int UNREADABLE = 2;
}
