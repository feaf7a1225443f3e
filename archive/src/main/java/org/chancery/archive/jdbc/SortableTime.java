package org.chancery.archive.jdbc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as fixed-width UTC text ({@code 2026-11-29T11:54:51.000000000Z}): both databases then order and compare
 * them as strings, and the text reads back to the same instant to the nanosecond. {@link Instant#toString} would not
 * do: it drops trailing zero fractions, so its strings do not sort by time.
 */
public final class SortableTime {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private SortableTime() {}

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** The instant of a formatted text, or null for null (optional columns). */
    public static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
