package org.chancery.telegram.read;

/**
 * A cable as a layout hands it over, before its telegram text is understood.
 *
 * @param position where it came from, for error messages: {@code cables.csv row 17 (line 2031)}, a file name
 * @param layout the layout it was read from
 * @param metadata what the layout states outside the telegram text
 * @param header the transmission header when the layout keeps it apart, or null when the header (if any) is still
 *     at the start of {@code text}, possibly glued to the text's first line
 * @param text the telegram text (and, when {@code header} is null, whatever header precedes it)
 */
public record RawCable(String position, Layout layout, RecordMetadata metadata, String header, String text) {}
