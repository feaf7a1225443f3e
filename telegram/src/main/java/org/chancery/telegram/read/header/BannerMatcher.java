package org.chancery.telegram.read.header;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the classification banner that opens a telegram's text, in the shapes the corpus shows: spelled out
 * ({@code C O N F I D E N T I A L}, also in lower case), written as a word ({@code UNCLAS}, {@code SECRET}), garbled
 * by a lost or doubled letter ({@code E C R E T}, {@code SE C R E T}, {@code C ONFIDENTIAL}).
 *
 * <p>A banner written as a plain word is only believed when the rest of its line reads like a banner line (an
 * optional {@code SECTION x OF y}, a post name, a serial number): addressees such as {@code US SECRET SERVICE} must not
 * end the header.
 */
final class BannerMatcher {

    /**
     * A banner found in a line.
     *
     * @param start index of the first banner letter present in the line
     * @param missing how many leading letters of the banner word are absent at {@code start} (0 when complete); they
     *     may sit glued to the end of the preceding token
     * @param word the banner word, spaces removed
     */
    record Match(int start, int missing, String word) {}

    /**
     * {@code TOPSECRET} comes before {@code SECRET} so that {@code T O P S E C R E T} is one banner, not an addressee
     * {@code T O P} followed by a SECRET banner; written as words ({@code TOP SECRET}) the space is skipped like the
     * spaces of a spelled-out banner.
     */
    private static final List<String> WORDS =
            List.of("CONFIDENTIAL", "UNCLASSIFIED", "TOPSECRET", "SECRET", "UNCLAS", "EFTO", "LIMITED OFFICIAL USE");

    /** A banner may have lost at most this many leading letters. */
    private static final int MAX_MISSING = 2;

    /**
     * For each pair of upper-case letters, the (word, missing letters) candidates whose first two present letters are
     * that pair, in the order {@link #matchAt} tries them. Almost every position of ordinary text fails this lookup,
     * so hostile megabyte lines are scanned at the cost of two array reads per character.
     */
    private static final Candidate[][][] BY_FIRST_TWO_LETTERS = firstTwoLetterIndex();

    private record Candidate(String word, int missing) {}

    /** At least this many single spaces make a banner "spelled out", which is distinctive enough to need no context. */
    private static final int SPELLED_OUT_SPACES = 3;

    /** A banner line is short; looking further would make hostile single-line input quadratic. */
    private static final int BANNER_LINE_TAIL = 120;

    private static final Pattern BANNER_LINE_REST = Pattern.compile("(?://[A-Z/ ]{0,40})?"
            + "(?:\\s+(?i:SECTION)\\s+[0-9]{1,3}\\s+(?i:OF)\\s+[0-9]{1,3})?"
            + "(?:\\s+[A-Z][A-Za-z.'-]{0,24}){1,4}\\s+[0-9]{2,8}\\s*");

    private static final Pattern PRECEDENCE_WORD = Pattern.compile("\\b(?:FLASH|IMMEDIATE|PRIORITY|ROUTINE)\\b");

    private BannerMatcher() {}

    /** The first banner in {@code line} at or after {@code from}, or null. */
    static Match find(String line, int from) {
        for (int i = from; i < line.length(); i++) {
            Match m = matchAt(line, i);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** The banner starting exactly at {@code i}, or null. */
    static Match matchAt(String line, int i) {
        int first = letterIndex(line.charAt(i));
        if (first < 0 || i + 1 >= line.length()) {
            return null;
        }
        // matchWord lets one space stand between two letters, so the second letter may sit one further on
        char next = line.charAt(i + 1);
        if (next == ' ' && i + 2 < line.length()) {
            next = line.charAt(i + 2);
        }
        int second = letterIndex(next);
        if (second < 0) {
            return null;
        }
        Candidate[] candidates = BY_FIRST_TWO_LETTERS[first][second];
        if (candidates == null) {
            return null;
        }
        for (Candidate candidate : candidates) {
            Match m = matchWord(line, i, candidate.word(), candidate.missing());
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static int letterIndex(char c) {
        char upper = Character.toUpperCase(c); // as matchWord compares
        return upper >= 'A' && upper <= 'Z' ? upper - 'A' : -1;
    }

    private static Candidate[][][] firstTwoLetterIndex() {
        List<List<List<Candidate>>> index = new ArrayList<>();
        for (int a = 0; a < 26; a++) {
            List<List<Candidate>> row = new ArrayList<>();
            for (int b = 0; b < 26; b++) {
                row.add(new ArrayList<>());
            }
            index.add(row);
        }
        for (String word : WORDS) {
            // A spelled-out banner may have lost up to two leading letters ("E C R E T").
            for (int missing = 0; missing <= MAX_MISSING && missing < word.length() - 3; missing++) {
                int a = letterIndex(word.charAt(missing));
                int b = letterIndex(word.charAt(missing + 1));
                index.get(a).get(b).add(new Candidate(word, missing));
            }
        }
        Candidate[][][] table = new Candidate[26][26][];
        for (int a = 0; a < 26; a++) {
            for (int b = 0; b < 26; b++) {
                List<Candidate> found = index.get(a).get(b);
                table[a][b] = found.isEmpty() ? null : found.toArray(Candidate[]::new);
            }
        }
        return table;
    }

    private static Match matchWord(String line, int i, String word, int missing) {
        int pos = i;
        int spaces = 0;
        boolean exactCase = true;
        for (int w = missing; w < word.length(); w++) {
            char expected = word.charAt(w);
            if (pos >= line.length()) {
                return null;
            }
            char actual = line.charAt(pos);
            if (expected != ' '
                    && w > missing
                    && actual == ' '
                    && pos + 1 < line.length()
                    && Character.toUpperCase(line.charAt(pos + 1)) == expected) {
                spaces++;
                pos++;
                actual = line.charAt(pos);
            }
            if (Character.toUpperCase(actual) != expected) {
                return null;
            }
            exactCase &= actual == expected;
            pos++;
        }
        if (pos < line.length() && Character.isLetter(line.charAt(pos))) {
            return null; // part of a longer word: UNCLAS inside UNCLASSIFIED, SECRET inside SECRETARY
        }
        boolean spelledOut = spaces >= SPELLED_OUT_SPACES && word.indexOf(' ') < 0;
        if (spelledOut) {
            return new Match(i, missing, word.replace(" ", ""));
        }
        if (missing == 0 && exactCase && restReadsLikeBannerLine(line, pos)) {
            return new Match(i, 0, word.replace(" ", ""));
        }
        return null;
    }

    private static boolean restReadsLikeBannerLine(String line, int from) {
        if (line.length() - from > BANNER_LINE_TAIL) {
            return false;
        }
        String rest = line.substring(from);
        return BANNER_LINE_REST.matcher(rest).matches()
                && !PRECEDENCE_WORD.matcher(rest).find();
    }
}
