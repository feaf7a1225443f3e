package org.chancery.archive.index;

import java.util.Locale;

/** The one normalisation of exact-match values, shared by indexing and querying so that both sides agree. */
public final class Keywords {
    private Keywords() {}

    /** Trimmed, inner whitespace collapsed, upper case; null or blank gives null. */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        // by hand rather than with a regular expression: indexing calls this dozens of times per cable
        StringBuilder out = null;
        int n = value.length();
        boolean pendingSpace = false;
        int written = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = written > 0;
                if (out == null) {
                    out = new StringBuilder(n).append(value, 0, i);
                }
                continue;
            }
            if (out != null) {
                if (pendingSpace) {
                    out.append(' ');
                }
                out.append(c);
            }
            pendingSpace = false;
            written++;
        }
        String v = out == null ? value : out.toString();
        return v.isEmpty() ? null : v.toUpperCase(Locale.ROOT);
    }
}
