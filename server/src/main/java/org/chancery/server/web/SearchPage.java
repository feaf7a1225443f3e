package org.chancery.server.web;

import java.util.List;
import org.chancery.archive.search.SearchHit;
import org.chancery.server.view.ColumnChart;

/**
 * What the search page shows for one query.
 *
 * @param query the query as typed
 * @param sort {@code relevance} or {@code date}
 * @param page 1-based page number
 * @param total exact number of hits the reader may see
 * @param hits this page's hits
 * @param facets facet groups with clickable values
 * @param pager links to the neighbouring pages
 * @param chart all hits by month, counted in the search's own pass; null when the query could not run
 * @param error the query's syntax error, or null
 * @param errorColumn the 1-based column of the error, or null
 */
public record SearchPage(
        String query,
        String sort,
        int page,
        long total,
        List<SearchHit> hits,
        List<FacetGroup> facets,
        Pager pager,
        ColumnChart chart,
        String error,
        Integer errorColumn) {

    /** One facet dimension. */
    public record FacetGroup(String dimension, String title, List<FacetLink> values) {}

    /** One facet value with its count and the link that narrows the query to it. */
    public record FacetLink(String value, long count, String href) {}

    /** Paging links (null when there is no such page). */
    public record Pager(int page, long pages, String previous, String next, long first, long last) {}

    public String permalink() {
        return org.chancery.server.view.SearchLinks.search(query, sort, page);
    }
}
