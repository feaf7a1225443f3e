package org.chancery.archive.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.archive.query.QueryToken.Kind;

/** Splits a query into tokens. Operators are upper case only, so lower-case "and"/"or"/"not" stay plain words. */
final class QueryLexer {

    private static final Pattern FIELD = Pattern.compile("([A-Za-z]+)(>=|<=|:|>|<)(.*)", Pattern.DOTALL);

    private final String query;
    private final List<QueryToken> tokens = new ArrayList<>();
    private int pos;

    private QueryLexer(String query) {
        this.query = query;
    }

    static List<QueryToken> tokenize(String query) {
        QueryLexer lexer = new QueryLexer(query);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (true) {
            skipSpaces();
            if (pos >= query.length()) {
                tokens.add(new QueryToken(Kind.EOF, "", "", pos + 1));
                return;
            }
            char c = query.charAt(pos);
            if (c == '(') {
                tokens.add(new QueryToken(Kind.LPAREN, "(", "", ++pos));
            } else if (c == ')') {
                tokens.add(new QueryToken(Kind.RPAREN, ")", "", ++pos));
            } else if (c == '"') {
                phrase();
            } else if (c == '-' && pos + 1 < query.length() && !Character.isWhitespace(query.charAt(pos + 1))) {
                // "-x" is "NOT x"; a hyphen inside a word ("counter-terrorism") never gets here
                tokens.add(new QueryToken(Kind.NOT, "-", "", ++pos));
            } else {
                word();
            }
        }
    }

    private void phrase() {
        int start = pos;
        int end = query.indexOf('"', pos + 1);
        if (end < 0) {
            throw new QuerySyntaxException(
                    query,
                    start + 1,
                    "unbalanced quote: the phrase opened at column " + (start + 1) + " is never closed");
        }
        tokens.add(new QueryToken(Kind.PHRASE, query.substring(start + 1, end), "", start + 1));
        pos = end + 1;
    }

    private void word() {
        int start = pos;
        while (pos < query.length() && !isDelimiter(query.charAt(pos))) {
            pos++;
        }
        String word = query.substring(start, pos);
        Matcher field = FIELD.matcher(word);
        if (field.matches()) {
            String name = field.group(1);
            String symbol = field.group(2);
            String rest = field.group(3);
            tokens.add(new QueryToken(Kind.FIELD, name, symbol, start + 1));
            int valueStart = start + name.length() + symbol.length();
            if (!rest.isEmpty()) {
                tokens.add(new QueryToken(Kind.WORD, rest, "", valueStart + 1));
            } else if (pos >= query.length() || Character.isWhitespace(query.charAt(pos))) {
                throw new QuerySyntaxException(
                        query,
                        valueStart + 1,
                        "missing value after '" + name + symbol + "' at column " + (valueStart + 1));
            }
            return;
        }
        Kind kind = switch (word) {
            case "AND", "&&" -> Kind.AND;
            case "OR", "||" -> Kind.OR;
            case "NOT" -> Kind.NOT;
            default -> Kind.WORD;
        };
        tokens.add(new QueryToken(kind, word, "", start + 1));
    }

    private static boolean isDelimiter(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
    }

    private void skipSpaces() {
        while (pos < query.length() && Character.isWhitespace(query.charAt(pos))) {
            pos++;
        }
    }
}
