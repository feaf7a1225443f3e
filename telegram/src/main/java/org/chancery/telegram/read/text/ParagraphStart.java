package org.chancery.telegram.read.text;

import java.util.Optional;

/**
 * The opening of a paragraph on a line: {@code ¶1. (C)}, {@code 1.  (S/NF)}, {@code ¶18.}, {@code 6.(C)},
 * {@code 2. Text}, or a bare marking {@code (C) Text}.
 *
 * @param number the paragraph number, or null for a marking without number
 * @param marking the portion marking, or null
 * @param pilcrow whether the number was written with {@code ¶} (which is never anything but a paragraph number)
 * @param rest the line after the number and marking
 */
public record ParagraphStart(Integer number, PortionMarking marking, boolean pilcrow, String rest) {
    private static final int MAX_NUMBER_DIGITS = 3;

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
        PortionMarking marking = null;
        if (i < s.length() && s.charAt(i) == '(') {
            int close = s.indexOf(')', i);
            if (close > i && close - i <= 41) {
                Optional<PortionMarking> m = PortionMarking.parse(s.substring(i + 1, close));
                if (m.isPresent()) {
                    marking = m.get();
                    i = skipSpaces(s, close + 1);
                }
            }
        }
        if (number == null && marking == null) {
            return Optional.empty();
        }
        return Optional.of(new ParagraphStart(number, marking, pilcrow, s.substring(Math.min(i, s.length()))));
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
