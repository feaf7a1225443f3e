package org.chancery.telegram.read;

/**
 * A telegram cut into its transmission header (empty when it has none) and its text.
 *
 * @param header everything before the text, without trailing line breaks; {@code ""} for a bare fragment
 * @param text everything from the first character of the text (usually the classification banner) to the end
 */
public record SplitTelegram(String header, String text) {}
