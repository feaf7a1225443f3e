package org.chancery.cli.search;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.chancery.archive.search.FacetCount;
import org.chancery.archive.search.SearchHit;
import org.chancery.archive.search.SearchResult;

/** Prints a result for a terminal: one block per hit (id, date, level, origin, subject, snippet), then facets. */
final class SearchResultTable {
    private static final int SUBJECT_WIDTH = 70;
    private static final int SNIPPET_WIDTH = 110;

    private final PrintWriter out;

    SearchResultTable(PrintWriter out) {
        this.out = out;
    }

    void print(SearchResult result, int offset) {
        int shown = result.hits().size();
        if (result.total() == 0) {
            out.println("No cables found.");
        } else if (shown == 0) {
            out.printf("%,d cables found (none on this page).%n", result.total());
        } else {
            out.printf("%,d cables found, showing %d-%d:%n", result.total(), offset + 1, offset + shown);
        }
        for (SearchHit hit : result.hits()) {
            out.printf(
                    "%-22s %-10s %-12s %-24s %s%n",
                    hit.id(),
                    hit.date() == null ? "-" : hit.date(),
                    hit.classification().label(),
                    clip(hit.origin() == null ? "-" : hit.origin(), 24),
                    clip(hit.subject() == null ? "" : hit.subject(), SUBJECT_WIDTH));
            for (String snippet : hit.highlights()) {
                out.println("    " + clip(plain(snippet), SNIPPET_WIDTH));
            }
        }
        printFacets(result.facets());
    }

    private void printFacets(Map<String, List<FacetCount>> facets) {
        for (var e : facets.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (FacetCount c : e.getValue()) {
                if (!line.isEmpty()) {
                    line.append(", ");
                }
                line.append(c.value()).append(" (").append(c.count()).append(')');
            }
            out.printf("%-15s %s%n", e.getKey() + ":", line);
        }
    }

    /** Matches become *word*, so the terminal shows them without HTML. */
    static String plain(String snippet) {
        return snippet.replace("<b>", "*")
                .replace("</b>", "*")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&#x2F;", "/")
                .replace("&amp;", "&");
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
