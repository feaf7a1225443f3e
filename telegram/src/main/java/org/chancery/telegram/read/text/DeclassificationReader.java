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
 * {@code E.O. 12958: N/A}, {@code DECL: OADR}, {@code E.O. 13526: DECL: 2019/12/01}, {@code DECLASSIFY ON:
 * 2018-12-31}, {@code DECL 1.4(B),(D) 05/06/2033}, and the 1970s schedules {@code E.O. 11652: GDS}, {@code E.O. 12065:
 * GDS 12/31/84}, {@code XDS-1}, {@code RDS-3}...
 *
 * <p>The kind is decided on the instruction after {@code DECL:}: {@code N/A} is not applicable; {@code OADR};
 * an exemption code ({@code 25X1}, {@code 1.6X1}, {@code X1}, {@code 25X1-human}, and the exemptions from the general
 * schedule {@code XGDS-2}/{@code XDS-1} and review categories {@code RDS-3}); a readable date, wherever it stands
 * ({@code GDS 12/31/84}, after the reasons in {@code 1.4(B),(D) 05/06/2033}); an instruction in words ({@code AFTER
 * KOREAN UNIFICATION}, {@code 10 YEARS AFTER CLOSURE}) is an event. A downgrade alone ({@code DNG: CO 03/04/2016}), a
 * manual review ({@code MR}), the general schedule without a date ({@code GDS}), an unreadable date or nothing at all
 * is unknown. A downgrade next to a DECL instruction ({@code DNG: CO 03/04/2016 DECL: 03/04/2021}) is left out of the
 * instruction; so is a paragraph glued after it in a text without line breaks. A derivative classification block's
 * {@code Declassify on: Source marked 25X1-human} is the exemption it names.
 */
public final class DeclassificationReader {
    private static final Pattern AUTHORITY = Pattern.compile("(?i)^E\\.?\\s?O\\.?\\s?(1\\d{4})\\b\\s*[:.]?\\s*");
    private static final Pattern DECL = Pattern.compile("(?i)^(?:DECLL?\\b|DECLASSIFY\\s+ON\\b)\\s*:?\\s*");
    /** A second E.O. or DECL label later in the line. */
    private static final Pattern LATER_LABEL =
            Pattern.compile("(?i)(?:^|\\s)(?:E\\.?\\s?O\\.?\\s?1\\d{4}\\b|DECLL?\\s*:|DECLASSIFY\\s+ON\\b)");
    /** A downgrade instruction after the DECL instruction. */
    private static final Pattern LATER_DOWNGRADE = Pattern.compile("(?i)[\\s,;]+DNG\\b");
    /** A paragraph glued onto the line: {@code 06/10/2018 1. (C) SUMMARY}. */
    private static final Pattern GLUED_PARAGRAPH =
            Pattern.compile("\\s(?:¶\\s?)?\\d{1,2}\\.\\s{1,4}(?:\\([A-Za-z/]{1,12}\\)\\s{0,4})?[A-Z(]");

    private static final Pattern EXEMPTION = Pattern.compile(
            "(?i)^(?:SOURCE\\s+MARKED\\s+)?(?:\\d{2}X\\d|1\\.6X\\d|X\\d|XG?DS[-\\s]?\\d|RDS[-\\s]?\\d)(?:[-,/\\s].{0,80})?$");
    private static final Pattern GENERAL_SCHEDULE = Pattern.compile("(?i)^GDS\\b");
    private static final Pattern NOT_APPLICABLE = Pattern.compile("(?i)^(?:N/A|NA|NONE|NOT APPLICABLE)\\.?$");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 .,'()/-]*");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern AS_AMENDED = Pattern.compile("(?i)^AS AMENDED\\s*[;:,]?\\s*");

    private DeclassificationReader() {}

    /** Whether the line is an E.O./DECL line: the field the {@link Field#DECLASSIFICATION} label opens. */
    public static boolean isDeclassificationLine(String line) {
        return line.length() < 2000 && Field.opening(line) == Field.DECLASSIFICATION;
    }

    /**
     * The instruction on an E.O./DECL line, or empty when the line is not one. A line that carries a second label
     * ({@code E.O. 12958: DECL: MR Declassify on: Source marked 25X1-human}, {@code DNG: CO 03/04/2016 DECL:
     * 03/04/2021}) is read at its first instruction, unless that one is unknown and the second is not.
     */
    public static Optional<Declassification> read(String line) {
        if (line == null || !isDeclassificationLine(line)) {
            return Optional.empty();
        }
        return Optional.of(instruction(line.strip(), null, 0));
    }

    private static Declassification instruction(String line, String outerAuthority, int depth) {
        String rest = line;
        String authority = outerAuthority;
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
        String second = null;
        Matcher later = LATER_LABEL.matcher(rest);
        if (depth == 0 && later.find()) {
            second = rest.substring(later.start()).strip();
            rest = rest.substring(0, later.start());
        }
        Matcher downgrade = LATER_DOWNGRADE.matcher(rest);
        if (downgrade.find() && downgrade.start() > 0) {
            rest = rest.substring(0, downgrade.start()); // "03/04/2021 DNG: CO 03/04/2016"
        }
        Matcher glued = GLUED_PARAGRAPH.matcher(rest);
        if (glued.find()) {
            rest = rest.substring(0, glued.start());
        }
        Declassification first = classify(authority, Whitespace.single(rest.strip()));
        if (second != null && first.kind() == Kind.UNKNOWN) {
            Declassification other = instruction(second, authority, depth + 1);
            if (other.kind() != Kind.UNKNOWN) {
                return other;
            }
        }
        return first;
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
        if (GENERAL_SCHEDULE.matcher(text).lookingAt()) {
            // the schedule's date follows from the level and the cable's date, which this line does not carry
            return new Declassification(authority, Kind.UNKNOWN, null, text);
        }
        if (!CableDates.looksLikeDate(text)
                && WORDS.matcher(text).matches()
                && WORD.matcher(text).find()) {
            return new Declassification(authority, Kind.EVENT, null, text);
        }
        return new Declassification(authority, Kind.UNKNOWN, null, text);
    }
}
