package org.chancery.server.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.chancery.archive.search.Facet;

/**
 * Builds search URLs, so that every state of the search page is a permalink: the query, the sort and the page are
 * all in the URL.
 */
public final class SearchLinks {

    /** The query field a facet dimension's values are searched with. */
    private static final Map<String, String> FIELD_OF_FACET = Map.of(
            Facet.CLASSIFICATION.key(), "classification",
            Facet.ORIGIN.key(), "origin",
            Facet.TAGS.key(), "tag",
            Facet.YEAR.key(), "date",
            Facet.CAPTION.key(), "caption",
            Facet.HANDLING.key(), "handling");

    private SearchLinks() {}

    public static String search(String query, String sort, int page) {
        StringBuilder url = new StringBuilder("/search?q=").append(encode(query == null ? "" : query));
        if (sort != null && !sort.equals("relevance")) {
            url.append("&sort=").append(encode(sort));
        }
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
    }

    /** The clause that selects one facet value, e.g. {@code origin:"Embassy London"} or {@code date:2008}. */
    public static String clause(String dimension, String value) {
        String field = FIELD_OF_FACET.getOrDefault(dimension, dimension);
        if (field.equals("date")) {
            return "date:" + value;
        }
        return field + ":\"" + value.replace("\"", "") + "\"";
    }

    /** The query narrowed by a facet value (the clause is added once). */
    public static String narrowed(String query, String dimension, String value) {
        String clause = clause(dimension, value);
        String q = query == null ? "" : query.trim();
        if (q.contains(clause)) {
            return q;
        }
        if (q.isEmpty()) {
            return clause;
        }
        // AND binds tighter than OR: a query with OR is bracketed so the clause narrows all of it.
        return (q.contains(" OR ") ? "(" + q + ")" : q) + " " + clause;
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
