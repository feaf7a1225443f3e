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
    private InlineParagraph() {}

    /** The index in {@code text} where a paragraph opens, or -1. */
    static int find(String text, boolean bareFirstNumber) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '¶' || c == '(' || c >= '0' && c <= '9')
                    && Character.isWhitespace(text.charAt(i - 1))
                    && opens(text.substring(i), bareFirstNumber)) {
                return i;
            }
        }
        return -1;
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
