package org.chancery.cli.archive;

/**
 * A command refused for who is running it (a failed sign-in, a missing role) or for what it was asked (an unknown
 * account). The command line prints the message as one line on stderr and exits 1, without a stack trace.
 */
public final class CommandRefusedException extends RuntimeException {
    public CommandRefusedException(String message) {
        super(message);
    }
}
