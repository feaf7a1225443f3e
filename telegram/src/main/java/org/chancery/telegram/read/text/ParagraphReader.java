package org.chancery.telegram.read.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chancery.telegram.model.Paragraph;

/**
 * Cuts the body of a text (after the fields, before the signature) into paragraphs.
 *
 * <p>A paragraph starts at {@code ¶n.}, at {@code n.} when n follows the previous number (so a numbered list inside
 * a paragraph stays there) or carries a marking, or at a bare marking {@code (C)} after a blank line. Text before the
 * first number is an unnumbered paragraph; later unnumbered text, sub-paragraphs ({@code A.}, {@code --}) and
 * blank lines belong to the paragraph above. Section headings underlined with dashes belong to no paragraph and are
 * dropped, as are page breaks (the text around a mid-line break is joined with one space), repeated level lines and
 * caption lines such as a stray {@code SIPDIS}, which are reported as captions.
 */
public final class ParagraphReader {
    private ParagraphReader() {}

    /**
     * The paragraphs, the captions and caveats met among them, and the index of the paragraph that follows a
     * "Summary" heading (-1 when there is none).
     */
    public record Result(List<Paragraph> paragraphs, List<String> captions, List<String> caveats, int summaryAt) {}

    public static Result read(List<String> lines, String post) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Set<String> captions = new LinkedHashSet<>();
        Set<String> caveats = new LinkedHashSet<>();
        Builder current = null;
        Integer lastNumber = null;
        boolean blankBefore = true;
        boolean summaryNext = false;
        boolean afterBreak = false;
        int summaryAt = -1;
        for (String raw : lines) {
            String line = PageBreaks.strip(raw, post).stripTrailing();
            if (line.isBlank() && !raw.isBlank()) {
                // a page break is not a blank line, nor are the blank lines set around it: text runs on across it
                if (current != null
                        && !current.lines.isEmpty()
                        && current.lines.getLast().isEmpty()) {
                    current.lines.removeLast();
                }
                afterBreak = true;
                continue;
            }
            if (line.isBlank()) {
                if (current != null && !afterBreak) {
                    current.lines.add("");
                }
                blankBefore |= !afterBreak;
                continue;
            }
            afterBreak = false;
            Optional<Handling.Captioned> captioned = Handling.captionLine(line);
            if (captioned.isPresent()) {
                captions.addAll(captioned.get().captions());
                caveats.addAll(captioned.get().caveats());
                continue;
            }
            if (isUnderline(line)) {
                String heading = current == null ? null : current.dropHeading();
                summaryNext |= isSummaryHeading(heading);
                continue;
            }
            if (isUnderlinedHeading(line) && blankBefore) {
                summaryNext |= isSummaryHeading(line);
                continue;
            }
            Optional<ParagraphStart> start = ParagraphStart.read(line);
            if (start.isPresent() && opens(start.get(), lastNumber, blankBefore, current)) {
                if (current != null) {
                    current.build().ifPresent(paragraphs::add);
                }
                if (summaryNext) {
                    summaryAt = paragraphs.size();
                    summaryNext = false;
                }
                ParagraphStart s = start.get();
                current = new Builder(s.number(), s.marking());
                if (!s.rest().isBlank()) {
                    current.lines.add(s.rest().strip());
                }
                if (s.number() != null) {
                    lastNumber = s.number();
                }
                if (s.marking() != null) {
                    caveats.addAll(s.portion().handling());
                }
            } else {
                if (current == null) {
                    current = new Builder(null, null);
                }
                if (summaryNext && current.isBlank()) {
                    // unnumbered text under a "Summary" heading: the summary is the paragraph it starts
                    summaryAt = paragraphs.size();
                    summaryNext = false;
                }
                current.lines.add(current.lines.isEmpty() ? line.strip() : line);
            }
            blankBefore = false;
        }
        if (current != null) {
            current.build().ifPresent(paragraphs::add);
        }
        return new Result(paragraphs, List.copyOf(captions), List.copyOf(caveats), summaryAt);
    }

    private static boolean isSummaryHeading(String heading) {
        return heading != null && heading.strip().regionMatches(true, 0, "summary", 0, 7);
    }

    private static boolean opens(ParagraphStart s, Integer lastNumber, boolean blankBefore, Builder current) {
        if (s.number() == null) {
            return blankBefore || current == null;
        }
        return s.pilcrow() || s.marking() != null || lastNumber == null || s.number() == lastNumber + 1;
    }

    /** A line of at least three dashes, equals signs or underscores (spaces between them allowed). */
    private static boolean isUnderline(String line) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-' || c == '=' || c == '_') {
                first = first < 0 ? i : first;
                last = i;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return first >= 0 && last - first + 1 >= 3;
    }

    /** "Comment -------": a heading with its underline on the same line. */
    private static boolean isUnderlinedHeading(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        if (end - start < 3 || !line.startsWith("---", end - 3) || end - start > 200) {
            return false;
        }
        int i = end;
        while (i > start && (line.charAt(i - 1) == '-' || Character.isWhitespace(line.charAt(i - 1)))) {
            i--;
        }
        return i > start && i - start <= 100;
    }

    private static final class Builder {
        private final Integer number;
        private final String marking;
        private final List<String> lines = new ArrayList<>();

        Builder(Integer number, String marking) {
            this.number = number;
            this.marking = marking;
        }

        /** Removes the heading line (alone in its block) that the underline just met belongs to; returns it. */
        String dropHeading() {
            int last = lines.size() - 1;
            if (last >= 0 && !lines.get(last).isBlank() && lines.get(last).length() <= 100) {
                if (last == 0 && (number != null || marking != null)) {
                    return null; // the paragraph's own first line is not a heading
                }
                if (last == 0 || lines.get(last - 1).isBlank()) {
                    return lines.remove(last);
                }
            }
            return null;
        }

        /** Whether nothing but blank lines (if any) has been read into the paragraph. */
        boolean isBlank() {
            return lines.stream().allMatch(String::isBlank);
        }

        Optional<Paragraph> build() {
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
                lines.remove(lines.size() - 1);
            }
            if (lines.isEmpty() && number == null && marking == null) {
                return Optional.empty();
            }
            return Optional.of(new Paragraph(number, marking, String.join("\n", lines)));
        }
    }
}
