package org.chancery.telegram.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out on lines a text that arrives as a single line (a fragment pasted without its line breaks), so that it reads
 * like the telegram it came from: what stands before the first field (the banner), the fields (which the preamble
 * reader cuts at their labels, as it cuts any line that glues several), and the body from its first summary label or
 * paragraph number, one line per numbered paragraph ({@link ParagraphStart#inlineNext}). A line without fields or
 * paragraph numbers stays as it is. The work is linear in the line: each search resumes where the last one ended.
 */
public final class UnbrokenText {
    /** Where the body begins after the last field: a summary label or paragraph 1. */
    private static final Pattern BODY =
            Pattern.compile("(?i)\\s(?:\\(?(?:begin\\s+)?summary\\b\\s*[:.\\-–—]|(?:¶\\s?)?1\\s?\\."
                    + "\\s{1,4}(?:\\([A-Za-z/ ]{1,12}\\)\\s{0,4})?[A-Z(\"])");
    /** Paragraphs are only looked for up to this many: a bound on the work for one line. */
    private static final int MAX_PARAGRAPHS = 200;
    /** Enough characters to hold a paragraph's opening ({@code ¶12. (S/NF)}) but not a copy of the whole text. */
    private static final int NUMBER_WINDOW = 80;

    private UnbrokenText() {}

    /** The text's lines: {@code lines} itself unless it is one line with fields or paragraphs to lay out. */
    public static List<String> layOut(List<String> lines) {
        if (lines.size() != 1) {
            return lines;
        }
        String line = lines.get(0);
        List<String> out = new ArrayList<>();
        int from = 0;
        int fields = Field.opening(line) != null ? 0 : Field.firstInside(line);
        if (fields > 0) {
            out.add(line.substring(0, fields).strip()); // the banner, captions
        }
        if (fields >= 0) {
            Matcher body = BODY.matcher(line);
            body.region(fields, line.length());
            if (!body.find()) {
                out.add(line.substring(fields).strip());
                return out.size() == 1 ? lines : out;
            }
            // one line for all the fields: the preamble reader cuts it at their labels
            out.add(line.substring(fields, body.start()).strip());
            out.add("");
            from = body.start() + 1;
        }
        paragraphs(line, from, out);
        return out.size() == 1 ? lines : out;
    }

    /** One line per paragraph of {@code text[from, end)}; the search resumes where the last one left off. */
    private static void paragraphs(String text, int from, List<String> out) {
        int start = from;
        for (int n = 0; n < MAX_PARAGRAPHS; n++) {
            int next = ParagraphStart.inlineNext(text, start, text.length(), numberAt(text, start));
            if (next < 0) {
                break;
            }
            out.add(text.substring(start, next).strip());
            out.add("");
            start = next;
        }
        out.add(text.substring(start).strip());
    }

    /** The number of the paragraph that starts at {@code at}, or null; only the start of the text is looked at. */
    private static Integer numberAt(String text, int at) {
        String head = text.substring(at, Math.min(text.length(), at + NUMBER_WINDOW));
        return ParagraphStart.read(head).map(ParagraphStart::number).orElse(null);
    }
}
