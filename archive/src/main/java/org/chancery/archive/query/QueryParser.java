package org.chancery.archive.query;

import java.util.ArrayList;
import java.util.List;
import org.chancery.archive.query.QueryNode.Clause;
import org.chancery.archive.query.QueryNode.Comparison;
import org.chancery.archive.query.QueryToken.Kind;

/**
 * Recursive-descent parser of the query language (docs/query-language.md):
 *
 * <pre>
 * query   := or EOF
 * or      := and ("OR" and)*
 * and     := unary (["AND"] unary)*          juxtaposition means AND
 * unary   := ("NOT" | "-") unary | primary
 * primary := "(" or ")" | FIELD value | WORD | PHRASE
 * value   := WORD | PHRASE | "(" or ")"       inside the group, bare terms take the field
 * </pre>
 */
final class QueryParser {

    private final String query;
    private final List<QueryToken> tokens;
    private int next;

    private QueryParser(String query) {
        this.query = query;
        this.tokens = QueryLexer.tokenize(query);
    }

    /** Parses a query; throws {@link QuerySyntaxException} pointing at the first problem. */
    public static QueryNode parse(String query) {
        QueryParser parser = new QueryParser(query == null ? "" : query);
        return parser.parseQuery();
    }

    private QueryNode parseQuery() {
        if (peek().kind() == Kind.EOF) {
            return new QueryNode.MatchAll();
        }
        QueryNode node = or(null);
        QueryToken t = peek();
        if (t.kind() == Kind.RPAREN) {
            throw error(t, "unbalanced parenthesis: ')' at column " + t.column() + " has no matching '('");
        }
        if (t.kind() != Kind.EOF) {
            throw error(t, "unexpected " + t.describe() + " at column " + t.column());
        }
        return node;
    }

    private QueryNode or(GroupField field) {
        List<QueryNode> parts = new ArrayList<>();
        parts.add(and(field));
        while (peek().kind() == Kind.OR) {
            QueryToken op = take();
            requireOperand(op);
            parts.add(and(field));
        }
        return parts.size() == 1 ? parts.getFirst() : new QueryNode.Or(parts);
    }

    private QueryNode and(GroupField field) {
        List<QueryNode> parts = new ArrayList<>();
        parts.add(unary(field));
        while (true) {
            QueryToken t = peek();
            if (t.kind() == Kind.AND) {
                take();
                requireOperand(t);
                parts.add(unary(field));
            } else if (startsOperand(t)) {
                parts.add(unary(field));
            } else {
                break;
            }
        }
        return parts.size() == 1 ? parts.getFirst() : new QueryNode.And(parts);
    }

    private QueryNode unary(GroupField field) {
        QueryToken t = peek();
        if (t.kind() == Kind.NOT) {
            take();
            requireOperand(t);
            return new QueryNode.Not(unary(field));
        }
        return primary(field);
    }

    private QueryNode primary(GroupField field) {
        QueryToken t = take();
        return switch (t.kind()) {
            case LPAREN -> group(t, field);
            case WORD, PHRASE ->
                field == null
                        ? new Clause(null, Comparison.EQUALS, t.text(), t.kind() == Kind.PHRASE, t.column())
                        : new Clause(
                                field.field(), field.comparison(), t.text(), t.kind() == Kind.PHRASE, field.column());
            case FIELD -> fieldValue(t);
            case RPAREN ->
                throw error(t, "unbalanced parenthesis: ')' at column " + t.column() + " has no matching '('");
            default ->
                throw error(
                        t, "expected a term, a phrase or '(' at column " + t.column() + " but found " + t.describe());
        };
    }

    private QueryNode group(QueryToken open, GroupField field) {
        if (peek().kind() == Kind.RPAREN) {
            throw error(peek(), "empty parentheses at column " + open.column());
        }
        QueryNode inner = or(field);
        QueryToken close = peek();
        if (close.kind() != Kind.RPAREN) {
            throw error(open, "unbalanced parenthesis: '(' at column " + open.column() + " is never closed");
        }
        take();
        return inner;
    }

    private QueryNode fieldValue(QueryToken fieldToken) {
        QueryField field = QueryField.fromKeyword(fieldToken.text()).orElseThrow(() -> unknownField(fieldToken));
        Comparison comparison = Comparison.fromSymbol(fieldToken.comparison());
        if (comparison != Comparison.EQUALS && !field.comparable()) {
            throw error(
                    fieldToken,
                    "field '" + field.keyword() + "' does not take '" + comparison.symbol() + "' at column "
                            + fieldToken.column() + " (only classification and date compare)");
        }
        QueryToken value = peek();
        return switch (value.kind()) {
            case WORD, PHRASE -> {
                take();
                yield new Clause(field, comparison, value.text(), value.kind() == Kind.PHRASE, fieldToken.column());
            }
            case LPAREN -> group(take(), new GroupField(field, comparison, fieldToken.column()));
            default ->
                throw error(
                        value,
                        "missing value after '" + fieldToken.text() + fieldToken.comparison() + "' at column "
                                + value.column());
        };
    }

    private QuerySyntaxException unknownField(QueryToken t) {
        String hint = QueryField.closest(t.text())
                .map(f -> " (did you mean " + f.keyword() + "?)")
                .orElse(" (fields: " + String.join(", ", fieldNames()) + ")");
        return error(t, "unknown field '" + t.text() + "' at column " + t.column() + hint);
    }

    private static List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        for (QueryField f : QueryField.values()) {
            names.add(f.keyword());
        }
        return names;
    }

    private void requireOperand(QueryToken operator) {
        QueryToken t = peek();
        if (!startsOperand(t)) {
            throw error(
                    t,
                    "expected a term after " + operator.describe() + " at column " + operator.column() + " but found "
                            + t.describe());
        }
    }

    private static boolean startsOperand(QueryToken t) {
        return switch (t.kind()) {
            case WORD, PHRASE, FIELD, LPAREN, NOT -> true;
            default -> false;
        };
    }

    private QueryToken peek() {
        return tokens.get(next);
    }

    private QueryToken take() {
        QueryToken t = tokens.get(next);
        if (t.kind() != Kind.EOF) {
            next++;
        }
        return t;
    }

    private QuerySyntaxException error(QueryToken at, String message) {
        return new QuerySyntaxException(query, at.column(), message);
    }

    /** The field a parenthesised group after {@code field:} gives its bare terms. */
    private record GroupField(QueryField field, Comparison comparison, int column) {}
}
