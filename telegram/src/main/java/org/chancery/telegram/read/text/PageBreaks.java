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
        if (stripped.length() < 40 && LONE_LEVEL.matcher(stripped).matches()) {
            return "";
        }
        String result = removeOldPages(line);
        if (result == line
                && stripped.length() < 90
                && LONE_PAGE.matcher(stripped).matches()
                && hasDigitsAfterPage(stripped)) {
            return "";
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
        return !b.isEmpty() && b.length() <= 40 && b.matches("[A-Za-z .'-]+") && b.split("\\s+").length <= 4;
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
