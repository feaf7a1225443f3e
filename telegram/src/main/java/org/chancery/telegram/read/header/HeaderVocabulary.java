package org.chancery.telegram.read.header;

import java.util.HashSet;
import java.util.Set;

/**
 * The words a header has used so far, to judge where a glued header word ends: in {@code WASHDCCC O N F I D E N T I A
 * L} the header word is {@code WASHDC} (seen on earlier lines) and the text starts with a doubled {@code CC}.
 */
final class HeaderVocabulary {

    /** Endings of addressee lines common enough to be known before any line has been read. */
    private static final Set<String> KNOWN = Set.of(
            "FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE", "DC", "WASHDC", "FL", "HI", "GE", "UK", "COLLECTIVE", "POSTS");

    private final Set<String> seen = new HashSet<>();

    /** No header line comes near this length; the words of a longer line would only fill memory. */
    private static final int MAX_LINE = 2_000;

    /** Remembers the words of one header line. */
    void addWordsOf(String line) {
        if (line.length() > MAX_LINE) {
            return;
        }
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean wordChar = i < line.length() && Character.isLetterOrDigit(line.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                // Long runs are never address words; skipping them bounds memory on hostile input.
                if (i - start <= 40) {
                    seen.add(line.substring(start, i));
                }
                start = -1;
            }
        }
    }

    /**
     * Whether {@code line[0, end)} plausibly ends a header line: at a blank, at punctuation, after digits (an MCN), or
     * after a word that is known or was used earlier in the header.
     */
    boolean endsPlausibly(String line, int end) {
        if (end <= 0) {
            return true;
        }
        char last = line.charAt(end - 1);
        if (!Character.isLetterOrDigit(last)) {
            return true;
        }
        int start = end;
        while (start > 0 && Character.isLetterOrDigit(line.charAt(start - 1))) {
            start--;
        }
        String word = line.substring(start, end);
        return word.chars().allMatch(Character::isDigit) || KNOWN.contains(word) || seen.contains(word);
    }
}
