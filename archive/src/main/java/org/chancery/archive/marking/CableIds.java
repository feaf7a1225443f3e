package org.chancery.archive.marking;

import org.chancery.telegram.read.ReferenceIds;

/**
 * A reference id as a reader typed it, made the key the archive stores and indexes cables under: the format's one
 * canonicaliser ({@link ReferenceIds}) when the text is an id, otherwise the exact-match normalisation, so that a
 * malformed id still finds a cable stored under it.
 */
public final class CableIds {
    private CableIds() {}

    /** {@code 08 rio 0346} → {@code 08RIODEJANEIRO346}; null or blank gives null. */
    public static String key(String typed) {
        if (typed == null) {
            return null;
        }
        return ReferenceIds.canonical(typed).orElseGet(() -> Keywords.normalize(typed));
    }
}
