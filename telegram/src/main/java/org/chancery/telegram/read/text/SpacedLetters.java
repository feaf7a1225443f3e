package org.chancery.telegram.read.text;

/**
 * Joins words spelled out letter by letter, as banners write classified levels: {@code C O N F I D E N T I A L}
 * → {@code CONFIDENTIAL}, {@code S e c r e t} → {@code Secret}, {@code E F T O} → {@code EFTO}.
 */
final class SpacedLetters {
    /** Fewer single letters in a row are ordinary text ("a" or "I" between words). */
    private static final int MIN_RUN = 3;

    private SpacedLetters() {}

    /**
     * The text with every run of at least three single-letter words (letters only) joined into one word. Words are
     * what {@linkplain Whitespace whitespace} separates; in the result they are separated by one space.
     */
    static String collapse(String text) {
        String s = text.strip();
        int n = s.length();
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < n) {
            int run = 0;
            int p = i;
            while (p < n && isSingleLetterWord(s, p)) {
                run++;
                p = skipSpace(s, p + 1);
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            if (run >= MIN_RUN) {
                for (int k = 0, q = i; k < run; k++, q = skipSpace(s, q + 1)) {
                    out.append(s.charAt(q));
                }
                i = p;
            } else {
                // one word as written; a short run of single letters is copied word by word
                int end = i;
                while (end < n && !Whitespace.isSpace(s.charAt(end))) {
                    end++;
                }
                out.append(s, i, end);
                i = skipSpace(s, end);
            }
        }
        return out.toString();
    }

    private static boolean isSingleLetterWord(String s, int at) {
        return Character.isLetter(s.charAt(at)) && (at + 1 == s.length() || Whitespace.isSpace(s.charAt(at + 1)));
    }

    private static int skipSpace(String s, int from) {
        int i = from;
        while (i < s.length() && Whitespace.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
