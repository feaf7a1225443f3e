package org.chancery.telegram.read.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.telegram.model.Paragraph;

/**
 * Finds the summary: the text of the first paragraph that opens with {@code Summary} ({@code Summary.},
 * {@code SUMMARY:}, {@code BEGIN SUMMARY:}, {@code Summary and Comment:}, {@code SUMMARY AND BACKGROUND:}...).
 *
 * <p>Where it ends: at {@code End summary} (exclusive), running on over the following paragraphs when the end marker
 * comes later; without an end marker, at the first blank line or the next paragraph number, whichever comes first
 * (a fragment without line breaks has its numbers inline: {@code ... agreed. 2. (C) The ...}), so that a summary never
 * runs into the rest of the body. A paragraph that is only the word "Summary" (a heading) lets the summary start in
 * the next one. Whitespace is collapsed to single spaces.
 */
public final class SummaryReader {
    /**
     * "Summary and Comment:", "SUMMARY AND TABLE OF CONTENTS", "Summary/Comment:": up to three words after "and",
     * then the label ends. A marking the paragraph reader did not take for one ({@code (LOU)}) may come first.
     */
    private static final Pattern OPENING = Pattern.compile(
            "(?i)^(?:\\([A-Z]{1,4}(?:/[A-Z]{1,4})?\\)\\s{0,4})?\\(?"
                    + "(?:(?:introduction|background)\\s+and\\s+)?(?:begin\\s+)?summary"
                    + "(?:(?:\\s+(?:and|&)\\s+|\\s?/\\s?)[a-z]{2,20}(?:\\s+[a-z]{2,20}){0,2}(?=\\s*(?:[.:\\-–—)]|\\n|$)))?\\s*[.:\\-–—)]*\\s*");
    /** A line that opens a summary whatever comes before it: the label with its punctuation. */
    private static final Pattern LINE_OPENING = Pattern.compile(
            "(?i)^\\(?(?:begin\\s+)?summary(?:\\s+(?:and|&)\\s+[a-z]{2,20}(?:\\s+[a-z]{2,20}){0,2})?\\s*[.:\\-–—)]");

    private static final Pattern END = Pattern.compile("(?i)\\(?\\s*end\\s+(?:of\\s+)?summary\\b");
    /** A summary longer than this many paragraphs without an end marker is not believed to end later. */
    private static final int MAX_PARAGRAPHS = 12;

    private static final String SUMMARY = "summary";

    private SummaryReader() {}

    /**
     * Whether the line opens a summary ({@code SUMMARY:}, {@code BEGIN SUMMARY.}): the body starts there even when no
     * blank line parts it from the field above.
     */
    public static boolean opensSummary(String line) {
        int first = 0;
        while (first < line.length() && Whitespace.isSpace(line.charAt(first))) {
            first++;
        }
        if (first == line.length()) {
            return false;
        }
        char c = (char) (line.charAt(first) | 0x20);
        return (c == 's' || c == 'b' || c == '(')
                && LINE_OPENING.matcher(line.substring(first)).lookingAt();
    }

    /**
     * The summary text, or null when the text has none.
     *
     * @param summaryAt index of the paragraph after a "Summary" heading, or -1
     */
    public static String read(List<Paragraph> paragraphs, int summaryAt) {
        String opened = opened(paragraphs);
        if (opened != null) {
            return opened;
        }
        if (summaryAt >= 0 && summaryAt < paragraphs.size()) {
            Paragraph p = paragraphs.get(summaryAt);
            return from(paragraphs, summaryAt, p.text());
        }
        // "End summary." closing an early paragraph that never said "Summary": the summary is that paragraph
        for (int i = 0; i < paragraphs.size() && i < 3; i++) {
            Matcher end = endMarker(paragraphs.get(i).text());
            if (end != null) {
                return clean(new StringBuilder(paragraphs.get(i).text().substring(0, end.start())));
            }
        }
        return null;
    }

    private static String opened(List<Paragraph> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).text();
            Matcher open = OPENING.matcher(text);
            if (!open.lookingAt()) {
                continue;
            }
            int first = i;
            String body = text.substring(open.end());
            if (body.isBlank() && i + 1 < paragraphs.size()) {
                first = i + 1;
                body = paragraphs.get(first).text();
            }
            return from(paragraphs, first, body);
        }
        return null;
    }

    /**
     * From the first paragraph (given as {@code body}) up to "End summary", else that paragraph up to its first blank
     * line or inline paragraph number.
     */
    private static String from(List<Paragraph> paragraphs, int first, String body) {
        int last = Math.min(paragraphs.size(), first + MAX_PARAGRAPHS);
        for (int j = first; j < last; j++) {
            Matcher end = endMarker(j == first ? body : paragraphs.get(j).text());
            if (end != null) {
                // joined only once the end is found: most summaries have no marker, and their text is cut below
                StringBuilder sb = new StringBuilder();
                for (int k = first; k < j; k++) {
                    append(sb, k == first ? body : paragraphs.get(k).text());
                }
                String part = j == first ? body : paragraphs.get(j).text();
                append(sb, part.substring(0, end.start()));
                return clean(sb);
            }
        }
        return clean(new StringBuilder(unmarked(body, paragraphs.get(first).number())));
    }

    /** A summary without an end marker: up to the first blank line or the next paragraph's number. */
    private static String unmarked(String body, Integer number) {
        int end = body.length();
        int blank = blankLine(body);
        if (blank >= 0) {
            end = blank;
        }
        int next = ParagraphStart.inlineNext(body, 0, end, number);
        if (next >= 0) {
            end = next;
        }
        return body.substring(0, end);
    }

    /** Where the first blank line (a line of nothing but whitespace) begins, or -1. */
    private static int blankLine(String text) {
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
            int i = nl + 1;
            while (i < text.length() && text.charAt(i) != '\n' && Whitespace.isSpace(text.charAt(i))) {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '\n') {
                return nl;
            }
        }
        return -1;
    }

    /**
     * The first "End summary" marker in the text, or null. The pattern is only tried just before each occurrence of
     * the word "summary": a match ends with one, and what comes before it in a match (a parenthesis, "end", "of",
     * whitespace) cannot contain another, so trying the few characters before each occurrence in turn finds the same
     * first match as searching the whole text, without scanning every paragraph with the pattern.
     */
    private static Matcher endMarker(String text) {
        Matcher end = END.matcher(text);
        int from = 0;
        for (int at = AsciiCase.indexOf(text, "summary", 0); at >= 0; at = AsciiCase.indexOf(text, "summary", at + 1)) {
            int start = Math.max(from, markerStart(text, at));
            // one character past the word, so that \b sees what follows it as in the whole text
            end.region(start, Math.min(text.length(), at + SUMMARY.length() + 1));
            if (end.find()) {
                return end;
            }
            from = at + 1;
        }
        return null;
    }

    /** How far back from "summary" at {@code at} a marker can begin: over "(", "end", "of" and whitespace. */
    private static int markerStart(String text, int at) {
        int i = at;
        while (i > 0 && isMarkerCharacter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isMarkerCharacter(char c) {
        return switch (c) {
            case '(', 'e', 'E', 'n', 'N', 'd', 'D', 'o', 'O', 'f', 'F' -> true;
            default -> Whitespace.isSpace(c);
        };
    }

    private static void append(StringBuilder sb, String part) {
        if (!sb.isEmpty()) {
            sb.append(' ');
        }
        sb.append(part);
    }

    private static String clean(StringBuilder sb) {
        String s = Whitespace.single(sb.toString()).strip();
        return s.isEmpty() ? null : s;
    }
}
