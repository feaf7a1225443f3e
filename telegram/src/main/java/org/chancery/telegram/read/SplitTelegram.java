package org.chancery.telegram.read;

/** A telegram cut into its transmission header (empty when it has none) and its text. */
public record SplitTelegram(String header, String text) {}
