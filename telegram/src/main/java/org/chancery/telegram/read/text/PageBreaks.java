package org.chancery.telegram.read.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the section/page break lines that transmission inserts into a text, alone on a line or in the middle of one:
 * {@code LONDON 00002968  002 OF 002}, {@code CARACAS 00001276 001.2 OF 003}, {@code Islamabad 00003010 008 of 008},
 * and the older {@code PAGE 02 HARARE 06677 01 OF 03 291400Z} with its repeated {@code CONFIDENTIAL} line, and
 * {@code PAGE 02 RUEHFRA2440 C O N F I D E N T I A L PARIS 002440}.
 *
 * <p>Every pattern has bounded repetitions only, so a search stays linear on a line of any length.
 */
public final class PageBreaks {
    /** The serial and page part, which is specific enough to anchor on. */
    private static final Pattern CORE =
            Pattern.compile("(?i)\\b\\d{5,8}\\s{1,6}\\d{3}(?:\\.\\d)?\\s{1,6}OF\\s{1,6}\\d{3}\\b");

    private static final Pattern OLD_PAGE = Pattern.compile(
            "(?i)\\bPAGE\\s{1,6}\\d{2,3}\\s{1,6}(?:[A-Z][A-Z.'-]{0,20}\\s{1,6}){1,4}\\d{3,6}\\s{1,6}\\d{2}\\s{1,6}OF\\s{1,6}\\d{2}"
                    + "(?:\\s{1,6}\\d{6}Z)?");

    private static final Pattern LONE_PAGE = Pattern.compile("(?i)^PAGE\\s{1,6}\\d{2,3}(?:\\s{1,8}\\S{1,30}){0,10}$");

    /**
     * A page heading that carries the station's routing indicator and serial, then the level spelled out letter by
     * letter: {@code PAGE 02 RUEHFRA2440 C O N F I D E N T I A L PARIS 002440}. Upper case only, as printed.
     */
    private static final Pattern ROUTED_PAGE =
            Pattern.compile("^PAGE\\s{1,6}\\d{2,3}\\s{1,6}R[A-Z]{3,7}\\d{1,6}\\s[A-Z0-9 ]{0,80}$");

    private static final Pattern LONE_LEVEL =
            Pattern.compile("(?i)^(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)$");

    private static final Pattern UPPER_WORD = Pattern.compile("[A-Z][A-Z.'-]*");

    private static final Pattern LINE_WORDS = Pattern.compile("[A-Za-z .'-]+");

    /** The digits of a serial before a page number: {@link #CORE} needs at least this many in a row. */
    private static final int SERIAL_DIGITS = 5;

    /** The digits of the serial in an old page header: {@link #OLD_PAGE} needs at least this many in a row. */
    private static final int OLD_PAGE_DIGITS = 3;

    /** Lengths of the words {@link #LONE_LEVEL} accepts: SECRET to LIMITED OFFICIAL USE. */
    private static final int MIN_LEVEL = 6;

    private static final int MAX_LEVEL = 20;

    private PageBreaks() {}

    /**
     * The line without any page break in it; text on both sides is joined with one space. A line that was nothing
     * but a page break comes back empty.
     *
     * @param post the cable's post when known ({@code NEW DELHI}), which marks where a mid-line break begins
     */
    public static String strip(String line, String post) {
        if (line.isEmpty()) {
            return line;
        }
        String stripped = line.strip();
        if (mayBeLevel(stripped) && LONE_LEVEL.matcher(stripped).matches()) {
            return "";
        }
        // What the patterns below need, cheapest first: a lone page line opens with PAGE; an old page header has a
        // run of three digits (its serial) and the word PAGE; a section break has a run of five digits. Most lines
        // have none of these and end here.
        boolean pageFirst = stripped.regionMatches(true, 0, "PAGE", 0, 4);
        int digits = digitRun(line);
        if (digits < OLD_PAGE_DIGITS && !pageFirst) {
            return line;
        }
        String result = AsciiCase.contains(line, "page") ? removeOldPages(line) : line;
        if (result == line
                && pageFirst
                && stripped.length() < 90
                && (LONE_PAGE.matcher(stripped).matches()
                        || ROUTED_PAGE.matcher(stripped).matches())
                && hasDigitsAfterPage(stripped)) {
            return "";
        }
        if ((result == line ? digits : digitRun(result)) < SERIAL_DIGITS) {
            return result;
        }
        Matcher m = CORE.matcher(result);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(result.length());
            }
            int start = postStart(result, m.start(), post);
            join(out, result.substring(last, start));
            last = m.end();
        }
        if (out == null) {
            return result;
        }
        join(out, result.substring(last));
        return out.toString();
    }

    /** Whether the line (once page breaks are removed) was only a page break. */
    public static boolean isBreak(String line, String post) {
        return !line.isBlank() && strip(line, post).isBlank();
    }

    /** Whether the line may be a lone level line: the right length and first letter for one. */
    private static boolean mayBeLevel(String stripped) {
        if (stripped.length() < MIN_LEVEL || stripped.length() > MAX_LEVEL) {
            return false;
        }
        char c = (char) (stripped.charAt(0) | 0x20);
        return c == 'u' || c == 'c' || c == 's' || c == 't' || c == 'l';
    }

    /**
     * The longest run of ASCII digits in the line as far as the patterns care: {@link #SERIAL_DIGITS} for that many
     * or more, {@link #OLD_PAGE_DIGITS} for at least that many, else 0. Any run of three digits covers one of every
     * three positions, so only those are probed, and a run is measured around a digit found there.
     */
    private static int digitRun(String line) {
        int n = line.length();
        int longest = 0;
        for (int i = OLD_PAGE_DIGITS - 1; i < n; i += OLD_PAGE_DIGITS) {
            if (isDigit(line.charAt(i))) {
                int from = i;
                while (from > 0 && isDigit(line.charAt(from - 1))) {
                    from--;
                }
                int to = i;
                while (to + 1 < n && isDigit(line.charAt(to + 1))) {
                    to++;
                }
                int run = to - from + 1;
                if (run >= SERIAL_DIGITS) {
                    return SERIAL_DIGITS;
                }
                if (run >= OLD_PAGE_DIGITS) {
                    longest = OLD_PAGE_DIGITS;
                }
                i = to; // the next run starts after the non-digit at to + 1: probing resumes from there
            }
        }
        return longest;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasDigitsAfterPage(String s) {
        return s.substring(4).chars().filter(Character::isDigit).count() >= 4;
    }

    private static String removeOldPages(String line) {
        Matcher m = OLD_PAGE.matcher(line);
        if (!m.find()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int last = 0;
        do {
            join(out, line.substring(last, m.start()));
            last = m.end();
        } while (m.find());
        join(out, line.substring(last));
        return out.toString();
    }

    /** Where the post before a break begins: the known post, else up to four upper-case words. */
    private static int postStart(String s, int coreStart, String post) {
        int end = coreStart;
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (post != null && !post.isBlank()) {
            String p = post.strip().toUpperCase(Locale.ROOT);
            int from = end - p.length();
            if (from >= 0 && s.substring(from, end).toUpperCase(Locale.ROOT).equals(p)) {
                return from;
            }
        }
        int start = end;
        for (int words = 0; words < 4; words++) {
            int wEnd = start;
            while (wEnd > 0 && Character.isWhitespace(s.charAt(wEnd - 1))) {
                wEnd--;
            }
            int wStart = wEnd;
            while (wStart > 0 && !Character.isWhitespace(s.charAt(wStart - 1)) && wEnd - wStart < 30) {
                wStart--;
            }
            if (wStart == wEnd || !UPPER_WORD.matcher(s.substring(wStart, wEnd)).matches()) {
                break;
            }
            start = wStart;
            if (wStart == 0) {
                break;
            }
        }
        if (start == end && isWholeLineWord(s.substring(0, end))) {
            return 0; // "Islamabad 00003010 008 of 008": a mixed-case post alone before the break
        }
        return start;
    }

    private static boolean isWholeLineWord(String before) {
        String b = before.strip();
        return !b.isEmpty() && b.length() <= 40 && LINE_WORDS.matcher(b).matches() && Whitespace.words(b).length <= 4;
    }

    private static void join(StringBuilder out, String piece) {
        if (piece.isBlank()) {
            return;
        }
        if (out.length() > 0) {
            int len = out.length();
            while (len > 0 && Character.isWhitespace(out.charAt(len - 1))) {
                len--;
            }
            out.setLength(len);
            out.append(' ').append(piece.stripLeading());
        } else {
            out.append(piece);
        }
    }
}
