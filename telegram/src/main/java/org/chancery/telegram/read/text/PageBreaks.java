package org.chancery.telegram.read.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the section/page break lines that transmission inserts into a text, alone on a line or in the middle of one:
 * {@code LONDON 00002968  002 OF 002}, {@code CARACAS 00001276 001.2 OF 003}, {@code Islamabad 00003010 008 of 008},
 * and the older {@code PAGE 02 HARARE 06677 01 OF 03 291400Z} with its repeated {@code CONFIDENTIAL} line.
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

    private static final Pattern LONE_LEVEL =
            Pattern.compile("(?i)^(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)$");

    private static final Pattern UPPER_WORD = Pattern.compile("[A-Z][A-Z.'-]*");

    private static final Pattern LINE_WORDS = Pattern.compile("[A-Za-z .'-]+");

    /** The digits of a serial before a page number: {@link #CORE} needs at least this many in a row. */
    private static final int SERIAL_DIGITS = 5;

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
        // every pattern below needs "PAGE" or a run of five digits: most lines have neither and end here
        boolean page = containsPage(line);
        if (!page && !hasSerialDigits(line)) {
            return line;
        }
        String result = page ? removeOldPages(line) : line;
        if (result == line
                && stripped.length() < 90
                && stripped.regionMatches(true, 0, "PAGE", 0, 4)
                && LONE_PAGE.matcher(stripped).matches()
                && hasDigitsAfterPage(stripped)) {
            return "";
        }
        if (!hasSerialDigits(result)) {
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

    /** Whether "page" occurs in the line in any case (the patterns are case-insensitive for ASCII only). */
    private static boolean containsPage(String line) {
        for (int i = line.length() - 4; i >= 0; i--) {
            if ((line.charAt(i) | 0x20) == 'p' && line.regionMatches(true, i + 1, "AGE", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line has a run of at least five ASCII digits, as a serial before a page number has. */
    private static boolean hasSerialDigits(String line) {
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run >= SERIAL_DIGITS) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
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
        return !b.isEmpty() && b.length() <= 40 && LINE_WORDS.matcher(b).matches() && b.split("\\s+").length <= 4;
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
