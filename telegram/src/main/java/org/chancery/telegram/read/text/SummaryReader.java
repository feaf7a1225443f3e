package org.chancery.telegram.read.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.telegram.model.Paragraph;

/**
 * Finds the summary: the text of the first paragraph that opens with {@code Summary} ({@code Summary.},
 * {@code SUMMARY:}, {@code Summary and Comment:}...) up to {@code End summary} (exclusive), running on over the
 * following paragraphs when the end marker comes later. Without an end marker the summary is that one paragraph. A
 * paragraph that is only the word "Summary" (a heading) lets the summary start in the next one. Whitespace is
 * collapsed to single spaces.
 */
public final class SummaryReader {
    private static final Pattern OPENING = Pattern.compile(
            "(?i)^(?:(?:introduction|background)\\s+and\\s+)?summary(?:\\s+(?:and|&)\\s+(?:comment|action\\s+request|introduction))?\\s*[.:\\-–—]*\\s*");
    private static final Pattern END = Pattern.compile("(?i)\\(?\\s*end\\s+(?:of\\s+)?summary\\b");
    /** A summary longer than this many paragraphs without an end marker is not believed to end later. */
    private static final int MAX_PARAGRAPHS = 12;

    private SummaryReader() {}

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
            return from(paragraphs, summaryAt, paragraphs.get(summaryAt).text());
        }
        // "End summary." closing an early paragraph that never said "Summary": the summary is that paragraph
        for (int i = 0; i < paragraphs.size() && i < 3; i++) {
            Matcher end = END.matcher(paragraphs.get(i).text());
            if (end.find()) {
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

    /** From the first paragraph (given as {@code body}) up to "End summary", else that paragraph alone. */
    private static String from(List<Paragraph> paragraphs, int first, String body) {
        StringBuilder sb = new StringBuilder();
        for (int j = first; j < paragraphs.size() && j < first + MAX_PARAGRAPHS; j++) {
            String part = j == first ? body : paragraphs.get(j).text();
            Matcher end = END.matcher(part);
            if (end.find()) {
                append(sb, part.substring(0, end.start()));
                return clean(sb);
            }
            append(sb, part);
        }
        return clean(new StringBuilder(body));
    }

    private static void append(StringBuilder sb, String part) {
        if (!sb.isEmpty()) {
            sb.append(' ');
        }
        sb.append(part);
    }

    private static String clean(StringBuilder sb) {
        String s = sb.toString().replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }
}
