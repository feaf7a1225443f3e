package org.chancery.telegram.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Line splitting and the lines that only say where or when a text was published, not what it says. */
public final class TextLines {
    private static final Pattern WIKILEAKS_DATE = Pattern.compile(
            "(?i)^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s{1,3}\\d{1,2}\\s{1,3}[A-Za-z]{3,9}"
                    + "\\s{1,3}\\d{4},\\s{1,3}\\d{1,2}:\\d{2}$");
    private static final Pattern DTG = Pattern.compile("(?i)^\\d{6}Z\\s{1,3}[A-Za-z]{3}\\s{1,3}\\d{2}$");
    private static final int MAX_NOTE = 300;
    private static final String PARTIAL_NOTE = "partial extract of the";
    /** "Friday, 1 May 2009, 09:15" is the shortest WikiLeaks date line. */
    private static final int MIN_DATE_LINE = 20;
    /**
     * Field lines that real traffic wraps (TAGS, SUBJECT) are cut at 45 characters or more, label included; a field
     * line shorter than this is complete, and a line after it is something else (office routing, a stray caption).
     */
    static final int WRAPPED_FIELD_LINE = 40;

    private TextLines() {}

    /** Whether a field's line is long enough to have been cut by the writer's wrapping rather than ended. */
    static boolean wrapped(String fieldLine) {
        return fieldLine != null && fieldLine.strip().length() >= WRAPPED_FIELD_LINE;
    }

    /** The text's lines, for any line ending ({@code \n}, {@code \r\n}, {@code \r}), trailing blanks removed. */
    public static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        if (text.indexOf('\r') < 0) {
            // only "\n" endings (nearly every text): let indexOf find them, it is much faster than a char loop
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
                lines.add(strippedTrailing(text, start, i));
                start = i + 1;
            }
            lines.add(strippedTrailing(text, start, n));
            return lines;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(strippedTrailing(text, start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(strippedTrailing(text, start, n));
        return lines;
    }

    /** {@code text.substring(start, end).stripTrailing()} with one copy instead of two. */
    private static String strippedTrailing(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return text.substring(start, e);
    }

    /**
     * Whether the line is publication apparatus before a text: WikiLeaks' date line
     * ({@code Friday, 11 January 2008, 11:28}), a bare DTG ({@code 201247Z Jan 04}) or the partial-extract note.
     */
    public static boolean isApparatus(String line) {
        String t = line.strip();
        if (t.length() > MAX_NOTE) {
            return false;
        }
        return (mayBeDateLine(t) && WIKILEAKS_DATE.matcher(t).matches())
                || (startsWithDigit(t) && DTG.matcher(t).matches())
                || isPartialNote(t);
    }

    /** The first letter of a weekday and the length of the shortest date line. */
    private static boolean mayBeDateLine(String t) {
        if (t.length() < MIN_DATE_LINE) {
            return false;
        }
        char c = (char) (t.charAt(0) | 0x20);
        return c == 'm' || c == 't' || c == 'w' || c == 'f' || c == 's';
    }

    private static boolean startsWithDigit(String t) {
        return !t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9';
    }

    /** Whether the line is the "partial extract of the original cable" note of extracted records. */
    public static boolean isPartialNote(String line) {
        return line.length() <= MAX_NOTE && containsPartialNote(line);
    }

    /** Whether the lower-cased line contains the note, without lower-casing plain ASCII lines. */
    private static boolean containsPartialNote(String line) {
        int n = line.length();
        for (int i = 0; i < n; i++) {
            if (line.charAt(i) >= 0x80) {
                // lower-casing may change the length of non-ASCII text: let it do the exact work
                return line.toLowerCase(java.util.Locale.ROOT).contains(PARTIAL_NOTE);
            }
        }
        return AsciiCase.contains(line, PARTIAL_NOTE);
    }
}
