package org.chancery.telegram.model;

/**
 * A paragraph of the text.
 *
 * @param number the paragraph number ({@code ¶1.}, {@code 1.}), or null for unnumbered text
 * @param marking the portion marking as written inside the parentheses, e.g. {@code C}, {@code S/NF}, {@code SBU};
 *     null when the paragraph carries none
 * @param text the paragraph text without its number and marking, line breaks kept as in the source
 */
public record Paragraph(Integer number, String marking, String text) {}
