package org.chancery.telegram.read;

/**
 * A record that cannot be read. The message names the record (its position) and the problem, in one line, so that
 * an import can reject it with a reason and go on.
 */
public class CableParseException extends RuntimeException {
    private final String position;
    private final String problem;

    public CableParseException(String position, String problem) {
        super(position == null ? problem : position + ": " + problem);
        this.position = position;
        this.problem = problem;
    }

    public CableParseException(String position, String problem, Throwable cause) {
        super(position == null ? problem : position + ": " + problem, cause);
        this.position = position;
        this.problem = problem;
    }

    public String position() {
        return position;
    }

    public String problem() {
        return problem;
    }
}
