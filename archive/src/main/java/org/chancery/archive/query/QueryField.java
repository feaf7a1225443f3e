package org.chancery.archive.query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The fields a query may name ({@code tag:PTER}); see docs/query-language.md. */
enum QueryField {
    ID("id"),
    SUBJECT("subject"),
    BODY("body"),
    SUMMARY("summary"),
    TAG("tag"),
    ORIGIN("origin"),
    CLASSIFICATION("classification"),
    CAPTION("caption"),
    HANDLING("handling"),
    PRECEDENCE("precedence"),
    FROM("from"),
    /** Addressee for a routing indicator or name, upper date bound for a date ({@code to:2008-12}). */
    TO("to"),
    INFO("info"),
    ADDRESSEE("addressee"),
    DATE("date"),
    CITES("cites"),
    CITED_BY("citedby"),
    SIGNER("signer");

    private final String keyword;

    QueryField(String keyword) {
        this.keyword = keyword;
    }

    /** The name as written in queries. */
    public String keyword() {
        return keyword;
    }

    /** Whether the field accepts {@code > >= < <=} as well as {@code :}. */
    public boolean comparable() {
        return this == CLASSIFICATION || this == DATE;
    }

    public static Optional<QueryField> fromKeyword(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.keyword.equals(n)).findFirst();
    }

    /** The field whose name is closest to a misspelt one, if any is close enough to suggest. */
    public static Optional<QueryField> closest(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> distance(n, f.keyword) <= Math.max(1, f.keyword.length() / 3))
                .min(Comparator.comparingInt(f -> distance(n, f.keyword)));
    }

    /** Levenshtein distance, counting a swap of neighbours as one edit ({@code tga} is one away from {@code tag}). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
