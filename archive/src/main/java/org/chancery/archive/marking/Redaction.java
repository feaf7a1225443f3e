package org.chancery.archive.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Paragraph;

/** Replaces the text of withheld paragraphs, in the parsed cable and in the text as sent alike. */
public final class Redaction {
    private Redaction() {}

    /** Text put in place of a withheld paragraph. */
    public static final String WITHHELD = "[Paragraph withheld: not releasable to this reader]";

    /**
     * The cable with the given paragraphs' text replaced; the summary goes when it shares text with a withheld
     * paragraph, and the source text is redacted by {@link #text}.
     */
    public static Cable cable(Cable cable, Set<Integer> withheld) {
        if (withheld.isEmpty()) {
            return cable;
        }
        List<Paragraph> paragraphs = new ArrayList<>(cable.paragraphs());
        boolean summaryLeaks = false;
        for (int i : withheld) {
            Paragraph p = paragraphs.get(i);
            summaryLeaks |= overlaps(cable.summary(), p.text());
            paragraphs.set(i, new Paragraph(p.number(), p.marking(), WITHHELD));
        }
        return cable.toBuilder()
                .paragraphs(paragraphs)
                .summary(summaryLeaks ? null : cable.summary())
                .body(text(cable.body(), cable.paragraphs(), withheld))
                .build();
    }

    /**
     * The text with withheld paragraphs replaced. A paragraph's text is found in the source as written; when a page
     * break or a re-wrap keeps it from being found whole, each of its lines is replaced instead, so that no withheld
     * line survives.
     */
    public static String text(String body, List<Paragraph> paragraphs, Set<Integer> withheld) {
        String out = body;
        for (int i : withheld) {
            String secret = paragraphs.get(i).text();
            if (secret == null || secret.isBlank()) {
                continue;
            }
            int at = out.indexOf(secret);
            if (at >= 0) {
                out = out.substring(0, at) + WITHHELD + out.substring(at + secret.length());
                continue;
            }
            for (String line : secret.split("\n")) {
                String l = line.strip();
                if (l.length() >= 3) {
                    out = out.replace(l, "[withheld]");
                }
            }
        }
        return out;
    }

    private static boolean overlaps(String summary, String paragraph) {
        if (summary == null || paragraph == null || summary.isBlank() || paragraph.isBlank()) {
            return false;
        }
        String s = squeeze(summary);
        String p = squeeze(paragraph);
        return p.contains(s) || s.contains(p) || p.contains(s.substring(0, Math.min(s.length(), 60)));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
