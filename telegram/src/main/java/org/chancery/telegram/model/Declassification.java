package org.chancery.telegram.model;

import java.time.LocalDate;

/**
 * The "declassify on" instruction of the E.O. line.
 *
 * @param authority the order cited, e.g. {@code E.O. 12958}; null when absent
 * @param kind what sort of instruction the text is
 * @param on the declassification date when the instruction is a date, else null
 * @param text the instruction as written after {@code DECL:}, e.g. {@code 11/28/2018}, {@code 25X1}, {@code OADR}
 */
public record Declassification(String authority, Kind kind, LocalDate on, String text) {

    public enum Kind {
        DATE,
        EVENT,
        EXEMPTION,
        OADR,
        NOT_APPLICABLE,
        UNKNOWN
    }
}
