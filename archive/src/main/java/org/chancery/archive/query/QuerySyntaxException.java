package org.chancery.archive.query;

/**
 * A query the user must fix, with the column (1-based) the problem starts at. {@link #getMessage()} is one line, e.g.
 * {@code unknown field 'tga' at column 1 (did you mean tag?)}; {@link #pointer()} adds the query and a caret under the
 * offending column, for terminals.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
    private final String query;
    private final int column;

    public QuerySyntaxException(String query, int column, String message) {
        super(message);
        this.query = query;
        this.column = column;
    }

    /** 1-based column of the error in {@link #query()}. */
    public int column() {
        return column;
    }

    public String query() {
        return query;
    }

    /** The message, then the query, then a caret under the column. */
    public String pointer() {
        return getMessage() + System.lineSeparator() + "  " + query + System.lineSeparator() + "  "
                + " ".repeat(Math.max(0, column - 1)) + "^";
    }
}
