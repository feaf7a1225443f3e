package org.chancery.archive.query;

import java.util.List;

/** The parsed form of a query: what the user wrote, before any index-specific translation. */
sealed interface QueryNode {

    /** Every cable (the empty query). */
    record MatchAll() implements QueryNode {}

    /** All of the parts. */
    record And(List<QueryNode> parts) implements QueryNode {
        public And {
            parts = List.copyOf(parts);
        }
    }

    /** Any of the parts. */
    record Or(List<QueryNode> parts) implements QueryNode {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    /** Everything but the part ({@code NOT x}, {@code -x}). */
    record Not(QueryNode part) implements QueryNode {}

    /**
     * One term or phrase, for free text ({@code field} null) or a field.
     *
     * @param field the field, or null for free text
     * @param comparison {@code :} or a comparison ({@code >=}...) for the fields that allow one
     * @param value the value without quotes
     * @param quoted whether the value was a "phrase"
     * @param column 1-based column where the clause starts (its field name, or its value for free text)
     */
    record Clause(QueryField field, Comparison comparison, String value, boolean quoted, int column)
            implements QueryNode {}

    /** How a field clause relates the field to its value. */
    enum Comparison {
        EQUALS(":"),
        GREATER(">"),
        GREATER_OR_EQUAL(">="),
        LESS("<"),
        LESS_OR_EQUAL("<=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        static Comparison fromSymbol(String symbol) {
            for (Comparison c : values()) {
                if (c.symbol.equals(symbol)) {
                    return c;
                }
            }
            throw new IllegalArgumentException(symbol);
        }
    }
}
