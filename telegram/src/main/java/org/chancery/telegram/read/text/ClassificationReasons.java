package org.chancery.telegram.read.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads E.O. reasons from a "Classified By" text, normalised as {@code 1.4(b)}: {@code 1.4 (b/d)},
 * {@code 1.4(b) and (d)}, {@code 1.5 (B), (D)}, {@code 1.4 B AND D}, {@code 1.4b,d}, and wrap-damaged forms such
 * as {@code (B) A ND (D)} or {@code an d (d)}. Letters after "reasons" without a section number
 * ({@code for reasons b, d}) are taken as section 1.4, the current order's reasons.
 */
final class ClassificationReasons {
    private static final Pattern SECTION = Pattern.compile("1\\s?[./:]\\s?([1-9])");
    /** "for reasons b, d": reasons written without their section, which is then 1.4. */
    private static final Pattern REASON_WORD = Pattern.compile("(?i)\\breasons?\\b\\s?:?");

    private static final Set<String> GLUE = Set.of("AND", "OR", "AN", "ND", "REASON", "REASONS", "FOR", "SECTION");

    private ClassificationReasons() {}

    /** Where the reasons begin (the first section number such as {@code 1.4}), or -1. */
    static int start(String text) {
        Matcher m = SECTION.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** The reasons in order, without duplicates. */
    static List<String> read(String text) {
        int from = start(text);
        String section = null;
        if (from < 0) {
            Matcher word = REASON_WORD.matcher(text);
            if (!word.find()) {
                return List.of();
            }
            from = word.end();
            section = "1.4";
        }
        Set<String> reasons = new LinkedHashSet<>();
        String s = text.substring(from);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                Matcher m = SECTION.matcher(s).region(i, s.length());
                if (m.lookingAt()) {
                    section = "1." + m.group(1);
                    i = m.end();
                    continue;
                }
                if (!reasons.isEmpty()) {
                    break;
                }
                i++;
            } else if (Character.isLetter(c)) {
                int j = i;
                while (j < s.length() && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                String word = s.substring(i, j).toUpperCase(Locale.ROOT);
                if (word.length() == 1 && word.charAt(0) >= 'A' && word.charAt(0) <= 'H' && section != null) {
                    if (!(word.equals("A") && nextWord(s, j).equals("ND"))) {
                        int sub = subcategory(s, j);
                        String reason = section + "(" + word.toLowerCase(Locale.ROOT) + ")";
                        if (sub >= 0) {
                            reasons.add(reason + "(" + s.charAt(sub) + ")");
                            j = sub + 2;
                        } else {
                            reasons.add(reason);
                        }
                    }
                } else if (!GLUE.contains(word) && !reasons.isEmpty()) {
                    break;
                }
                i = j;
            } else if (c == '.' && !reasons.isEmpty() && i + 1 < s.length() && s.charAt(i + 1) == ' ') {
                break; // a sentence ends the reasons: what follows is other text
            } else {
                i++;
            }
        }
        return new ArrayList<>(reasons);
    }

    /**
     * E.O. 12356 numbered its categories inside the letter ({@code 1.3(a)(4)}): where the letter just read, ending at
     * {@code from}, is closed and followed by a one-digit number in parentheses, the index of that digit, else -1.
     */
    private static int subcategory(String s, int from) {
        int i = from;
        if (i < s.length() && s.charAt(i) == ')') {
            i++;
        } else {
            return -1;
        }
        if (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        boolean shaped = i + 2 < s.length()
                && s.charAt(i) == '('
                && Character.isDigit(s.charAt(i + 1))
                && s.charAt(i + 2) == ')';
        return shaped ? i + 1 : -1;
    }

    private static String nextWord(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
            j++;
        }
        return s.substring(i, j).toUpperCase(Locale.ROOT);
    }
}
