package org.chancery.telegram.write;

import java.util.List;

/**
 * A cable as {@link TelegramWriter} wrote it: one or more sections, each a transmission with its own header.
 *
 * @param sections the sections in order, at least one
 */
public record WrittenTelegram(List<WrittenSection> sections) {

    public WrittenTelegram {
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a telegram has at least one section");
        }
    }

    public int sectionCount() {
        return sections.size();
    }

    /** Every transmission in order, each ending in its {@code NNNN} line: the telegram layout of the whole cable. */
    public String joined() {
        StringBuilder out = new StringBuilder();
        for (WrittenSection section : sections) {
            out.append(section.transmission());
        }
        return out.toString();
    }

    /** The transmissions one by one, each ending in its {@code NNNN} line. */
    public List<String> transmissions() {
        return sections.stream().map(WrittenSection::transmission).toList();
    }

    /** The header of the first section, which is the cable's header in the archive layouts. */
    public String header() {
        return sections.get(0).header();
    }

    /** The cable's whole text as one piece, sections joined without their repeated banners. */
    public String continuousText() {
        StringBuilder out = new StringBuilder();
        for (WrittenSection section : sections) {
            out.append(section.continuation());
        }
        return out.toString();
    }

    /**
     * The text as the Cablegate layout gives it: sections joined, each later section announced by its page-break
     * line with one blank line before and after it (also when the cut falls inside a paragraph, as in the release);
     * no final line feed.
     */
    public String cablegateText() {
        StringBuilder out = new StringBuilder();
        for (WrittenSection section : sections) {
            if (section.pageMarker() != null) {
                int n = out.length();
                if (n < 2 || out.charAt(n - 1) != '\n' || out.charAt(n - 2) != '\n') {
                    out.append('\n');
                }
                out.append(section.pageMarker()).append("\n\n");
            }
            out.append(section.continuation());
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end);
    }
}
