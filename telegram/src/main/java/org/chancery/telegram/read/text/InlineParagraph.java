package org.chancery.telegram.read.text;

import java.util.Optional;

/**
 * Finds where a paragraph begins inside the text of a field line, as in fragments pasted without their newlines
 * ({@code SUBJECT: (C) HARBOUR DUES 1. (C) Summary: ...}). Only openings that cannot be part of the field count (see
 * {@link Openings}). The paragraph must follow a space: a marking at the very start of the text is the field's own.
 */
final class InlineParagraph {
    /** Which paragraph openings end a field's text. */
    enum Openings {
        /**
         * A number written with {@code ¶}, or a number followed by a portion marking ({@code 1. (C)}), with text
         * after it: all that a REF list or a Classified By line can be cut at, as they carry letters in parentheses
         * of their own ({@code (C) 04 STATE 1234}, {@code 1.4 (b) and (c)}).
         */
        NUMBERED,
        /**
         * Those, a marking followed by text ({@code (SBU) Dockers ...}), and the first paragraph's bare {@code 1.}
         * followed by a capital letter: for SUBJECT and TAGS, which hold neither.
         */
        ANY
    }

    /** The longest text between parentheses looked at as a marking ({@code S//REL TO USA, GBR, AUS}). */
    private static final int MAX_MARKING = 40;

    private InlineParagraph() {}

    /** The index in {@code text} where a paragraph opens, or -1. */
    static int find(String text, Openings openings) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i - 1))
                    && mayOpen(text, i, openings)
                    && opens(text.substring(i), openings)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A cheap look at the characters at {@code i}: a pilcrow, a number of up to three digits and a dot, or a short
     * parenthesis. Most subjects have none, and only these are read as a paragraph opening.
     */
    private static boolean mayOpen(String text, int i, Openings openings) {
        char c = text.charAt(i);
        if (c == '¶') {
            return true;
        }
        if (c == '(') {
            if (openings == Openings.NUMBERED) {
                return false; // a marking alone never ends a REF or Classified By line: "(C) 04 STATE 1234"
            }
            int close = text.indexOf(')', i);
            return close > i + 1 && close - i <= MAX_MARKING + 1;
        }
        int j = i;
        while (j < text.length() && j - i <= 3 && Character.isDigit(text.charAt(j))) {
            j++;
        }
        return j > i && j - i <= 3 && j < text.length() && text.charAt(j) == '.';
    }

    private static boolean opens(String rest, Openings openings) {
        Optional<ParagraphStart> start = ParagraphStart.read(rest);
        if (start.isEmpty()) {
            return false;
        }
        ParagraphStart p = start.get();
        if (openings == Openings.NUMBERED) {
            // "... reasons 1.4 b and d 1.(C)" at the end of the line: the paragraph's text is on the next line, and
            // the field is left as it is
            return (p.pilcrow() || p.portion() != null && p.number() != null)
                    && !p.rest().isBlank();
        }
        if (p.pilcrow() || p.portion() != null && p.number() != null) {
            return true;
        }
        if (p.portion() != null) {
            return !p.rest().isBlank(); // "TO KESTREL (S)" at the end is the subject's trailing marking
        }
        return p.number() == 1
                && !p.rest().isEmpty()
                && Character.isUpperCase(p.rest().charAt(0));
    }
}
