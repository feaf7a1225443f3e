package org.chancery.telegram.read.header;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a telegram's text starts inside one line: either glued to the end of the header's last line
 * ({@code ...MACDILL AFB FL IMMEDIATEC O N F I D E N T I A L SECTION 01 OF 02}), or at the very start of a line.
 *
 * <p>The text opens with a classification banner, a weekday date line ({@code Friday, 23 February 2001, 15:53}), a
 * {@code SIPDIS} caption, or, in export artefacts, anything glued right after an addressee's precedence or MCN.
 */
final class TextStart {

    private static final Pattern WEEKDAY_DATE = Pattern.compile(
            "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [0-9]{1,2} [A-Z][a-z]{2,8} [0-9]{4}, [0-9]{1,2}:[0-9]{2}");

    private static final Pattern GLUED_SIPDIS = Pattern.compile("(?<=[A-Za-z0-9])SIPDIS\\s*$");

    /** An addressee's precedence with something glued to it: the header ended right after the word. */
    private static final Pattern GLUED_AFTER_PRECEDENCE =
            Pattern.compile("(?<= )(?:FLASH|IMMEDIATE|PRIORITY|ROUTINE)(?=[^ a-z])");

    /** An addressee's four-digit MCN with a letter or {@code >} glued to it. */
    private static final Pattern GLUED_AFTER_MCN = Pattern.compile("(?<= )[0-9]{4}(?=[A-Za-z>])");

    /** Hostile lines (megabytes without a newline) are searched only this far for the cheap, regex-based clues. */
    private static final int MAX_REGEX_LINE = 4096;

    private TextStart() {}

    /**
     * Where text starts glued behind header content in {@code line}, or -1. Content before the returned index is
     * never blank.
     *
     * @param addressing whether the line belongs to the addressee lines (after {@code FM}); only there is text glued
     *     to a precedence or MCN believed without a banner
     */
    static int gluedIn(String line, HeaderVocabulary vocabulary, boolean addressing) {
        int contentStart = firstNonBlank(line);
        if (contentStart < 0) {
            return -1;
        }
        int best = -1;
        BannerMatcher.Match banner = BannerMatcher.find(line, contentStart + 1);
        if (banner != null) {
            int start = refine(line, banner, vocabulary);
            if (start > contentStart) {
                best = start;
            }
        }
        String searched = line.length() > MAX_REGEX_LINE ? line.substring(0, MAX_REGEX_LINE) : line;
        best = earlier(best, find(WEEKDAY_DATE, searched, contentStart + 1, false));
        best = earlier(best, find(GLUED_SIPDIS, searched, contentStart + 1, false));
        if (addressing) {
            best = earlier(best, find(GLUED_AFTER_PRECEDENCE, searched, contentStart + 1, true));
            best = earlier(best, find(GLUED_AFTER_MCN, searched, contentStart + 1, true));
        }
        return best;
    }

    /** Whether {@code line} itself opens the text: a banner or weekday date line at its start. */
    static boolean opensLine(String line) {
        int i = firstNonBlank(line);
        if (i < 0) {
            return false;
        }
        // A doubled first letter ("SS E C R E T") still opens the line.
        for (int shift = 0; shift <= 2 && i + shift < line.length(); shift++) {
            BannerMatcher.Match m = BannerMatcher.matchAt(line, i + shift);
            if (m != null && m.missing() == 0) {
                return line.substring(i, i + shift).chars().allMatch(Character::isLetter);
            }
        }
        String head = line.substring(i, Math.min(line.length(), i + 40));
        return WEEKDAY_DATE.matcher(head).lookingAt();
    }

    /**
     * Moves the banner start left over banner letters glued to the previous token ({@code IMMEDIATEC} + {@code O N F
     * I D...}), then over at most two doubled letters when that leaves a recognisable header word ({@code PRIORITYSS
     * E C R E T} cut after {@code PRIORITY}).
     */
    private static int refine(String line, BannerMatcher.Match banner, HeaderVocabulary vocabulary) {
        int start = banner.start();
        for (int w = banner.missing() - 1; w >= 0; w--) {
            if (start > 0
                    && Character.toUpperCase(line.charAt(start - 1))
                            == banner.word().charAt(w)) {
                start--;
            } else {
                break;
            }
        }
        if (vocabulary.endsPlausibly(line, start)) {
            return start;
        }
        for (int extra = 1; extra <= 2; extra++) {
            int candidate = start - extra;
            if (candidate <= 0 || !Character.isUpperCase(line.charAt(candidate))) {
                break;
            }
            // Only a whole header word may remain: cutting "AFB IL" back to "AFB " would eat a state code.
            if (Character.isLetterOrDigit(line.charAt(candidate - 1)) && vocabulary.endsPlausibly(line, candidate)) {
                return candidate;
            }
        }
        return start;
    }

    private static int find(Pattern pattern, String line, int from, boolean endOfMatch) {
        Matcher m = pattern.matcher(line);
        if (!m.find(from)) {
            return -1;
        }
        return endOfMatch ? m.end() : m.start();
    }

    private static int earlier(int a, int b) {
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }

    static int firstNonBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
