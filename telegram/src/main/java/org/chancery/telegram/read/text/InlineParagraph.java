package org.chancery.telegram.read.text;

import java.util.Optional;

/**
 * Finds where a paragraph begins inside the text of a SUBJECT or TAGS line, as in fragments pasted without their
 * newlines ({@code SUBJECT: (C) HARBOUR DUES 1. (C) Summary: ...}). Only openings that cannot be part of a subject
 * or a TAGS list count: a number written with {@code ¶}, a number or a bare opening followed by a portion marking
 * ({@code 2. (SBU)}, {@code (C) The}), and, where the caller allows it, the first paragraph's bare {@code 1.}
 * followed by a capital letter. The paragraph must follow a space: a marking at the very start of the text is the
 * subject's own.
 */
final class InlineParagraph {
    /** The longest text between parentheses looked at as a marking ({@code S//REL TO USA, GBR, AUS}). */
    private static final int MAX_MARKING = 40;

    private InlineParagraph() {}

    /** The index in {@code text} where a paragraph opens, or -1. */
    static int find(String text, boolean bareFirstNumber) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i - 1))
                    && mayOpen(text, i)
                    && opens(text.substring(i), bareFirstNumber)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A cheap look at the characters at {@code i}: a pilcrow, a number of up to three digits and a dot, or a short
     * parenthesis. Most subjects have none, and only these are read as a paragraph opening.
     */
    private static boolean mayOpen(String text, int i) {
        char c = text.charAt(i);
        if (c == '¶') {
            return true;
        }
        if (c == '(') {
            int close = text.indexOf(')', i);
            return close > i + 1 && close - i <= MAX_MARKING + 1;
        }
        int j = i;
        while (j < text.length() && j - i <= 3 && Character.isDigit(text.charAt(j))) {
            j++;
        }
        return j > i && j - i <= 3 && j < text.length() && text.charAt(j) == '.';
    }

    private static boolean opens(String rest, boolean bareFirstNumber) {
        Optional<ParagraphStart> start = ParagraphStart.read(rest);
        if (start.isEmpty()) {
            return false;
        }
        ParagraphStart p = start.get();
        if (p.pilcrow() || p.portion() != null && p.number() != null) {
            return true;
        }
        if (p.portion() != null) {
            return !p.rest().isBlank(); // "TO KESTREL (S)" at the end is the subject's trailing marking
        }
        return bareFirstNumber
                && p.number() == 1
                && !p.rest().isEmpty()
                && Character.isUpperCase(p.rest().charAt(0));
    }
}
