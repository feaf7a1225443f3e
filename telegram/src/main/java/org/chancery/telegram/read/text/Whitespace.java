package org.chancery.telegram.read.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs of whitespace as the regex class {@code \s} sees them (space, tab, line ends, vertical tab, form feed), handled
 * by scanning characters: the readers call these on every field, so they must not compile a pattern per call.
 */
final class Whitespace {
    private Whitespace() {}

    /** Whether the character is in {@code \s}. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The text with every run of whitespace replaced by one space, as {@code replaceAll("\\s+", " ")}. */
    static String single(String s) {
        int n = s.length();
        int i = 0;
        // most texts need no change: find the first run that is not already a single space
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(s.charAt(i + 1))))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                out.append(' ');
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The text without any whitespace, as {@code replaceAll("\\s+", "")}. */
    static String removed(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !isSpace(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            if (!isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The words of the text, as {@code split("\\s+")}: a leading separator gives an empty first word. */
    static String[] words(String s) {
        int n = s.length();
        List<String> out = null;
        int start = 0;
        int i = 0;
        while (i < n) {
            if (isSpace(s.charAt(i))) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(s.substring(start, i));
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        if (out == null) {
            return new String[] {s};
        }
        out.add(s.substring(start, n));
        // split drops trailing empty words, so all-blank text gives no words at all
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size).toArray(new String[0]);
    }
}
