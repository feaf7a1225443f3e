package org.chancery.archive.marking;

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
        StringBuilder out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || Character.isWhitespace(c)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.isEmpty() ? null : out.toString().toUpperCase(Locale.ROOT);
    }
}
