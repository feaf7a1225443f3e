package org.chancery.telegram.read;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads military date-time groups (DTGs) such as {@code 281632Z NOV 08}: day, hour and minute in UTC ("Z", Zulu),
 * then month and year.
 *
 * <p>Accepted variants, all case-insensitive: {@code 281632Z NOV 08}, {@code 281632Z NOV 2008}, {@code 28 1632Z NOV
 * 08}, {@code 281632ZNOV08}. A two-digit year of 50 or more is read as 19xx, below 50 as 20xx: the corpus runs from
 * the 1960s to 2010, and no cable predates 1950.
 *
 * <p>A DTG that names an impossible date ({@code 311200Z FEB 09}) or time ({@code 282460Z}) is not a DTG: callers get
 * an empty result, never an exception.
 */
public final class DateTimeGroups {

    /**
     * A DTG found inside a longer line.
     *
     * @param written the DTG exactly as written, e.g. {@code 281632Z NOV 08}
     * @param dateTime the instant it names, in UTC
     * @param start index of its first character in the searched text
     * @param end index just after its last character
     */
    public record Found(String written, OffsetDateTime dateTime, int start, int end) {}

    // Every quantifier is bounded or separated by disjoint classes, so matching stays linear on any input.
    private static final Pattern DTG = Pattern.compile(
            "(?<![0-9A-Za-z])([0-3][0-9]) ?([0-2][0-9])([0-5][0-9])Z ?([A-Za-z]{3}) ?([0-9]{4}|[0-9]{2})(?![0-9])");

    private static final String MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

    private DateTimeGroups() {}

    /** The instant named by {@code text}, which must be a DTG and nothing else (surrounding blanks allowed). */
    public static Optional<OffsetDateTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        Matcher m = DTG.matcher(trimmed);
        if (!m.matches()) {
            return Optional.empty();
        }
        return toDateTime(m);
    }

    /** The first readable DTG anywhere in {@code text}, e.g. in a whole FL5 line {@code O 281632Z NOV 08 ZDK}. */
    public static Optional<Found> find(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DTG.matcher(text);
        while (m.find()) {
            Optional<OffsetDateTime> dateTime = toDateTime(m);
            if (dateTime.isPresent()) {
                return Optional.of(new Found(m.group(), dateTime.get(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<OffsetDateTime> toDateTime(Matcher m) {
        int monthIndex = MONTHS.indexOf(m.group(4).toUpperCase(Locale.ROOT));
        if (monthIndex < 0 || monthIndex % 3 != 0) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(5));
        if (m.group(5).length() == 2) {
            year += year >= 50 ? 1900 : 2000;
        }
        try {
            return Optional.of(OffsetDateTime.of(
                    year,
                    monthIndex / 3 + 1,
                    Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)),
                    0,
                    0,
                    ZoneOffset.UTC));
        } catch (DateTimeException impossibleDate) {
            return Optional.empty();
        }
    }
}
