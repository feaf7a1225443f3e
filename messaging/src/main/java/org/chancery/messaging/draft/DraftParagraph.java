package org.chancery.messaging.draft;

/**
 * One paragraph of a draft.
 *
 * @param marking the portion marking without parentheses ({@code C}, {@code S/NF}, {@code SBU}); required in a
 *     classified cable
 * @param text the paragraph's text
 */
public record DraftParagraph(String marking, String text) {
    public DraftParagraph {
        marking = marking == null ? "" : marking.strip();
        text = text == null ? "" : text.strip();
    }
}
