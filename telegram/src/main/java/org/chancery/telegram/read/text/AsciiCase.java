package org.chancery.telegram.read.text;

/**
 * Searching text while ignoring the case of ASCII letters only, which is what a pattern with {@code (?i)} (and without
 * {@code UNICODE_CASE}) does. The readers use it as a cheap test before running such a pattern: when the words the
 * pattern needs are absent, it cannot match.
 */
final class AsciiCase {
    private AsciiCase() {}

    /** Whether the text contains the word (ASCII, given in lower case), ignoring the case of ASCII letters. */
    static boolean contains(String text, String lowerWord) {
        return indexOf(text, lowerWord, 0) >= 0;
    }

    /** Where the word (ASCII, in lower case) first occurs in the text from {@code from}, ignoring ASCII case; or -1. */
    static int indexOf(String text, String lowerWord, int from) {
        int last = text.length() - lowerWord.length();
        char first = lowerWord.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        // String.indexOf(char) is vectorised: jump between occurrences of the first letter in either case
        int lower = text.indexOf(first, Math.max(0, from));
        int upper = first == firstUpper ? -1 : text.indexOf(firstUpper, Math.max(0, from));
        while (lower >= 0 || upper >= 0) {
            int i = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
            if (i > last) {
                return -1;
            }
            if (matchesAt(text, i, lowerWord)) {
                return i;
            }
            if (i == lower) {
                lower = text.indexOf(first, i + 1);
            } else {
                upper = text.indexOf(firstUpper, i + 1);
            }
        }
        return -1;
    }

    private static boolean matchesAt(String text, int at, String lowerWord) {
        for (int k = 1; k < lowerWord.length(); k++) {
            if (lower(text.charAt(at + k)) != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
