package org.chancery.telegram.read.text;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Declassification.Kind;

/**
 * Reads the E.O. line: {@code E.O. 12958: DECL: 11/28/2018}, {@code EO 12958 DECL: 01/08/2028},
 * {@code E.O. 12958: N/A}, {@code DECL: OADR}, {@code E.O. 13526: DECL: 2019/12/01}...
 *
 * <p>The kind is decided on the instruction after {@code DECL:}: {@code N/A} is not applicable; {@code OADR};
 * an exemption code ({@code 25X1}, {@code 1.6X1}, {@code X1}, {@code 25X1-human}); a readable date; an instruction
 * in words ({@code AFTER KOREAN UNIFICATION}) is an event. A downgrade ({@code DNG:}), a manual review ({@code MR}),
 * an unreadable date or nothing at all is unknown.
 */
public final class DeclassificationReader {
    private static final Pattern AUTHORITY = Pattern.compile("(?i)^E\\.?\\s?O\\.?\\s?(1\\d{4})\\b\\s*[:.]?\\s*");
    private static final Pattern DECL = Pattern.compile("(?i)^(?:DECLL?\\b|DECLASSIFY\\s+ON\\b)\\s*:?\\s*");
    private static final Pattern EXEMPTION = Pattern.compile("(?i)^(?:\\d{2}X\\d|1\\.6X\\d|X\\d)(?:[-,\\s].{0,60})?$");
    private static final Pattern NOT_APPLICABLE = Pattern.compile("(?i)^(?:N/A|NA|NONE|NOT APPLICABLE)\\.?$");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z][A-Za-z .,'()-]*");
    private static final Pattern AS_AMENDED = Pattern.compile("(?i)^AS AMENDED\\s*[;:,]?\\s*");

    private DeclassificationReader() {}

    /** Whether the line is an E.O./DECL line. */
    public static boolean isDeclassificationLine(String line) {
        String t = line.strip();
        return AUTHORITY.matcher(t).find()
                || t.regionMatches(true, 0, "DECL:", 0, 5)
                || t.regionMatches(true, 0, "DECLASSIFIED BY", 0, 15);
    }

    /** The instruction on an E.O./DECL line, or empty when the line is not one. */
    public static Optional<Declassification> read(String line) {
        if (line == null || !isDeclassificationLine(line)) {
            return Optional.empty();
        }
        String rest = line.strip();
        String authority = null;
        Matcher a = AUTHORITY.matcher(rest);
        if (a.find()) {
            authority = "E.O. " + a.group(1);
            rest = rest.substring(a.end());
        }
        rest = AS_AMENDED.matcher(rest).replaceFirst("");
        Matcher d = DECL.matcher(rest);
        if (d.find()) {
            rest = rest.substring(d.end());
        }
        String text = Whitespace.single(rest.strip());
        return Optional.of(classify(authority, text));
    }

    private static Declassification classify(String authority, String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (text.isEmpty() || upper.startsWith("DNG") || upper.equals("MR")) {
            return new Declassification(authority, Kind.UNKNOWN, null, text);
        }
        if (NOT_APPLICABLE.matcher(text).matches()) {
            return new Declassification(authority, Kind.NOT_APPLICABLE, null, text);
        }
        if (upper.startsWith("OADR")) {
            return new Declassification(authority, Kind.OADR, null, text);
        }
        if (EXEMPTION.matcher(text).matches()) {
            return new Declassification(authority, Kind.EXEMPTION, null, text);
        }
        Optional<LocalDate> on = CableDates.find(text);
        if (on.isPresent()) {
            return new Declassification(authority, Kind.DATE, on.get(), text);
        }
        if (!CableDates.looksLikeDate(text) && WORDS.matcher(text).matches()) {
            return new Declassification(authority, Kind.EVENT, null, text);
        }
        return new Declassification(authority, Kind.UNKNOWN, null, text);
    }
}
