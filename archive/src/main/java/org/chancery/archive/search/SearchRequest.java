package org.chancery.archive.search;

import java.util.Objects;

/**
 * One search, as a reader asks it.
 *
 * @param query a query in the language of docs/query-language.md; empty for every cable
 * @param sort the order of hits
 * @param offset how many hits to skip (paging)
 * @param limit how many hits to return at most (0 for counts and facets only)
 * @param wantFacets whether to count facet values over all (permitted) hits
 * @param wantHighlights whether to add highlighted snippets to the returned hits
 * @param wantMonths whether to count all (permitted) hits by the month of their date, in the same pass
 */
public record SearchRequest(
        String query,
        SortOrder sort,
        int offset,
        int limit,
        boolean wantFacets,
        boolean wantHighlights,
        boolean wantMonths) {

    /** The largest page a request may ask for. */
    public static final int MAX_LIMIT = 10_000;

    public SearchRequest {
        query = query == null ? "" : query;
        Objects.requireNonNull(sort, "sort");
        if (offset < 0 || limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset must be >= 0 and limit between 0 and " + MAX_LIMIT);
        }
    }

    /** A search without counts by month. */
    public SearchRequest(
            String query, SortOrder sort, int offset, int limit, boolean wantFacets, boolean wantHighlights) {
        this(query, sort, offset, limit, wantFacets, wantHighlights, false);
    }

    /** The first page by relevance, with facets and highlights. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, SortOrder.RELEVANCE, 0, 20, true, true);
    }
}
