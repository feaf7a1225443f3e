package org.chancery.telegram.read.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar dates cables write in DECL lines: {@code 11/28/2018}, {@code 1/8/28}, {@code 2019/12/01},
 * {@code 2019-12-01}, {@code JUNE 12, 2019}, {@code 12 JUNE 2019}. Two-digit years below 70 are 20xx, others 19xx
 * (the corpus starts in the 1960s and declassification dates lie after the cable).
 */
final class CableDates {
    private static final Pattern US = Pattern.compile("\\b(\\d{1,2})\\s?/\\s?(\\d{1,2})\\s?/\\s?(\\d{4}|\\d{2})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})\\b");
    private static final Pattern MONTH_FIRST =
            Pattern.compile("(?i)\\b([A-Z]{3,9})\\.?\\s{1,3}(\\d{1,2}),?\\s{1,3}(\\d{4})\\b");
    private static final Pattern DAY_FIRST =
            Pattern.compile("(?i)\\b(\\d{1,2})\\s{1,3}([A-Z]{3,9})\\.?,?\\s{1,3}(\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("JAN", 1),
            Map.entry("FEB", 2),
            Map.entry("MAR", 3),
            Map.entry("APR", 4),
            Map.entry("MAY", 5),
            Map.entry("JUN", 6),
            Map.entry("JUL", 7),
            Map.entry("AUG", 8),
            Map.entry("SEP", 9),
            Map.entry("OCT", 10),
            Map.entry("NOV", 11),
            Map.entry("DEC", 12));

    private CableDates() {}

    /** The first readable date in the text, or empty. */
    static Optional<LocalDate> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher us = US.matcher(text);
        if (us.find()) {
            return date(us.group(3), us.group(1), us.group(2));
        }
        Matcher mf = MONTH_FIRST.matcher(text);
        while (mf.find()) {
            Integer month = month(mf.group(1));
            if (month != null) {
                return date(mf.group(3), String.valueOf(month), mf.group(2));
            }
        }
        Matcher df = DAY_FIRST.matcher(text);
        while (df.find()) {
            Integer month = month(df.group(2));
            if (month != null) {
                return date(df.group(3), String.valueOf(month), df.group(1));
            }
        }
        return Optional.empty();
    }

    /** Whether the text has something shaped like a date, readable or not ({@code 13/45/2019}). */
    static boolean looksLikeDate(String text) {
        return text != null && (US.matcher(text).find() || ISO.matcher(text).find());
    }

    private static final java.util.Set<String> FULL_MONTHS = java.util.Set.of(
            "JANUARY",
            "FEBRUARY",
            "MARCH",
            "APRIL",
            "MAY",
            "JUNE",
            "JULY",
            "AUGUST",
            "SEPTEMBER",
            "SEPT",
            "OCTOBER",
            "NOVEMBER",
            "DECEMBER");

    private static Integer month(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.length() != 3 && !FULL_MONTHS.contains(n)) {
            return null;
        }
        return MONTHS.get(n.substring(0, 3));
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (year.length() == 2) {
                y += y < 70 ? 2000 : 1900;
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
