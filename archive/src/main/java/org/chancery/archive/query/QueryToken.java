package org.chancery.archive.query;

/**
 * One lexical token of a query.
 *
 * @param kind what the token is
 * @param text the word, the phrase without quotes, or the field name
 * @param comparison for {@link Kind#FIELD}, the symbol after the name ({@code :}, {@code >=}...)
 * @param column 1-based column where the token starts
 */
record QueryToken(Kind kind, String text, String comparison, int column) {

    enum Kind {
        WORD,
        PHRASE,
        FIELD,
        LPAREN,
        RPAREN,
        AND,
        OR,
        NOT,
        EOF
    }

    /** How the token reads in an error message. */
    String describe() {
        return switch (kind) {
            case WORD -> "'" + text + "'";
            case PHRASE -> "\"" + text + "\"";
            case FIELD -> "'" + text + comparison + "'";
            case LPAREN -> "'('";
            case RPAREN -> "')'";
            case AND, OR, NOT -> "'" + kind.name() + "'";
            case EOF -> "the end of the query";
        };
    }
}
