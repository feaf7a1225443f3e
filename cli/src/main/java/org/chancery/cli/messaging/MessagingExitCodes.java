package org.chancery.cli.messaging;

import org.chancery.cli.format.ExitCodes;

/**
 * The exit codes of the messaging commands, so that a script can tell "not yours to do" from "no such draft" from
 * "the draft has errors" from "not now". 1 and 2 mean what they mean for every command of the line.
 */
public final class MessagingExitCodes {
    private MessagingExitCodes() {}

    public static final int OK = ExitCodes.OK;

    /** The acting account may not do this: wrong role, not of the post, not asked to clear, sign-in refused. */
    public static final int REFUSED = 1;

    /** The draft file cannot be read, or is not a draft. */
    public static final int UNREADABLE = ExitCodes.UNREADABLE;

    /** No such draft, version, cable (or none the reader may see: the two are not told apart), inbox entry or route. */
    public static final int NOT_FOUND = 3;

    /** The draft has errors (check findings, an unknown addressee, a REF the drafter cannot open) or a value is wrong. */
    public static final int INVALID = 4;

    /** The draft or cable is not in a state for it: clearance outstanding, released already, changed since asked. */
    public static final int CONFLICT = 5;
}
