package org.chancery.telegram.read.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.telegram.model.PortionMarking;

/**
 * The opening of a paragraph on a line: {@code ¶1. (C)}, {@code 1.  (S/NF)}, {@code ¶18.}, {@code 6.(C)},
 * {@code 2. Text}, or a bare marking {@code (C) Text}.
 *
 * @param number the paragraph number, or null for a marking without number
 * @param marking the portion marking as written inside the parentheses, or null
 * @param portion the marking read with {@link PortionMarking#parse}; null exactly when {@code marking} is
 * @param pilcrow whether the number was written with {@code ¶} (which is never anything but a paragraph number)
 * @param rest the line after the number and marking
 */
public record ParagraphStart(Integer number, String marking, PortionMarking portion, boolean pilcrow, String rest) {
    private static final int MAX_NUMBER_DIGITS = 3;
    /** The longest text between parentheses looked at as a marking: a bound on the scan, not a rule of markings. */
    private static final int MAX_MARKING = 40;

    /** A paragraph number after the end of a sentence, on the same line: {@code agreed. 2. (C) The}. */
    private static final Pattern INLINE_NUMBER = Pattern.compile(
            "[.!?\"')\\]]\\s{1,6}(?:¶\\s?)?(\\d{1,2})\\s?\\.\\s{1,4}(?:\\([A-Za-z/ ]{1,12}\\)\\s{0,4})?[A-Z(\"]");

    /**
     * Where, inside {@code text[from, to)}, the paragraph after the one numbered {@code number} begins on the same
     * line, as in a text that lost its line breaks: its number (the next one; 1 or 2 after an unnumbered paragraph)
     * after the end of a sentence. Returns the index of the whitespace after the sentence, or -1.
     */
    public static int inlineNext(String text, int from, int to, Integer number) {
        Matcher inline = INLINE_NUMBER.matcher(text);
        inline.region(from, to);
        while (inline.find()) {
            int n = Integer.parseInt(inline.group(1));
            if (number == null ? n <= 2 : n == number + 1) {
                return inline.start() + 1;
            }
        }
        return -1;
    }

    /** Reads the start of a paragraph from a line, scanning characters (no regex) so any line length is cheap. */
    public static Optional<ParagraphStart> read(String line) {
        String s = line.stripLeading();
        int i = 0;
        boolean pilcrow = false;
        if (s.startsWith("¶")) {
            pilcrow = true;
            i = skipSpaces(s, 1);
        }
        int digitsStart = i;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && i - digitsStart <= MAX_NUMBER_DIGITS) {
            i++;
        }
        int digits = i - digitsStart;
        Integer number = null;
        if (digits > 0 && digits <= MAX_NUMBER_DIGITS) {
            number = Integer.valueOf(s.substring(digitsStart, i));
            int afterDigits = i;
            i = skipSpaces(s, i);
            boolean dot = i < s.length() && s.charAt(i) == '.';
            if (dot) {
                i++;
                // "1.4 BILLION" is a decimal number, not a paragraph
                if (i < s.length() && Character.isDigit(s.charAt(i))) {
                    return Optional.empty();
                }
            } else if (!pilcrow) {
                return Optional.empty();
            }
            if (!pilcrow && i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '(') {
                return Optional.empty();
            }
            if (!dot && i == afterDigits && i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                return Optional.empty();
            }
        } else if (digits > 0 || pilcrow) {
            return Optional.empty();
        }
        i = skipSpaces(s, i);
        String marking = null;
        PortionMarking portion = null;
        if (i < s.length() && s.charAt(i) == '(') {
            int close = s.indexOf(')', i);
            if (close > i && close - i <= MAX_MARKING + 1) {
                String written = s.substring(i + 1, close);
                Optional<PortionMarking> m = PortionMarking.parse(written);
                if (m.isPresent()) {
                    marking = written.strip();
                    portion = m.get();
                    i = skipSpaces(s, close + 1);
                }
            }
        }
        if (number == null && marking == null) {
            return Optional.empty();
        }
        return Optional.of(new ParagraphStart(number, marking, portion, pilcrow, s.substring(Math.min(i, s.length()))));
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
