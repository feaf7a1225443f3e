package org.chancery.cli.format;

import java.io.PrintWriter;

/**
 * A format command's messages on stderr, each one line prefixed by the command ({@code chancery parse: ...}), and the
 * exit code that goes with them (see {@link ExitCodes}).
 */
public final class CommandReport {
    private final PrintWriter err;
    private final String command;

    public CommandReport(PrintWriter err, String command) {
        this.err = err;
        this.command = command;
    }

    /** One record could not be read or handled; {@code message} names it. */
    public void rejected(String message) {
        line("rejected " + message);
    }

    /** Reports input that cannot be read at all. */
    public int unreadable(UnreadableInputException e) {
        line(e.getMessage());
        return ExitCodes.UNREADABLE;
    }

    /** Ends a run: quiet when every record was read, else a count of the rejected ones. */
    public int finish(ReadTally tally) {
        if (tally.rejected() == 0) {
            return ExitCodes.OK;
        }
        line(tally.cables() + " cables read, " + tally.rejected() + " rejected");
        return ExitCodes.REJECTED;
    }

    private void line(String message) {
        // A source's message may span lines; the contract is one line per problem.
        err.println(command + ": " + (message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ")));
        err.flush();
    }
}
