package org.chancery.telegram.read.text;

/**
 * Joins words spelled out letter by letter, as banners write classified levels: {@code C O N F I D E N T I A L}
 * → {@code CONFIDENTIAL}, {@code S e c r e t} → {@code Secret}, {@code E F T O} → {@code EFTO}.
 */
final class SpacedLetters {
    /** Fewer single letters in a row are ordinary text ("a" or "I" between words). */
    private static final int MIN_RUN = 3;

    private SpacedLetters() {}

    /** The text with every run of at least three single-letter words (letters only) joined into one word. */
    static String collapse(String text) {
        String[] tokens = text.strip().split("\\s+");
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < tokens.length) {
            int j = i;
            while (j < tokens.length && tokens[j].length() == 1 && Character.isLetter(tokens[j].charAt(0))) {
                j++;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            if (j - i >= MIN_RUN) {
                for (int k = i; k < j; k++) {
                    out.append(tokens[k]);
                }
                i = j;
            } else {
                out.append(tokens[i]);
                i++;
            }
        }
        return out.toString();
    }
}
