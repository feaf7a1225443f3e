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
        String v = value.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return v.isEmpty() ? null : v;
    }
}
