package org.chancery.telegram.write;

/**
 * One section of a written telegram: a transmission of its own.
 *
 * @param number the section number, from 1
 * @param header the ACP-127 header lines FL1–FL8 of this transmission, joined by line feeds, without a final one
 * @param text this transmission's text, every line ending in a line feed; from section 2 on it starts with the
 *     section's banner line and one blank line, followed by {@link #continuation}
 * @param continuation the lines of the cable's text this section carries, every line ending in a line feed
 * @param pageMarker the page-break line the Cablegate layout puts where this section begins ({@code LONDON 00002968
 *     002 OF 002}); null for section 1
 */
public record WrittenSection(int number, String header, String text, String continuation, String pageMarker) {

    /** The transmission as sent: header, text, and the end-of-message line {@code NNNN}. */
    public String transmission() {
        StringBuilder out = new StringBuilder(header.length() + text.length() + 8);
        if (!header.isEmpty()) {
            out.append(header).append('\n');
        }
        return out.append(text)
                .append(TelegramWriter.END_OF_MESSAGE)
                .append('\n')
                .toString();
    }
}
