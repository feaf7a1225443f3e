package org.chancery.archive.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar period a date value names: a year ({@code 2008}), a month ({@code 2008-11}) or a day
 * ({@code 2008-11-28}), both ends inclusive.
 */
record DateRange(LocalDate first, LocalDate last) {

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    /** Whether the text looks like a date at all (so {@code to:2008-12} is a date and {@code to:RUEHC} is not). */
    static boolean looksLikeDate(String text) {
        return SHAPE.matcher(text.trim()).matches();
    }

    /** The period, or empty when the text is date-shaped but not a real date ({@code 2008-13}). */
    static Optional<DateRange> parse(String text) {
        Matcher m = SHAPE.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new DateRange(month.atDay(1), month.atEndOfMonth()));
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return Optional.of(new DateRange(day, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
