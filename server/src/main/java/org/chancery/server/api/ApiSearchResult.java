package org.chancery.server.api;

import java.util.List;
import java.util.Map;
import org.chancery.archive.search.FacetCount;

/**
 * The API's answer to a search.
 *
 * @param query the query as given
 * @param sort {@code relevance} or {@code date}
 * @param page 1-based page
 * @param size hits per page
 * @param total exact number of hits the caller may see
 * @param hits this page
 * @param facets per dimension, the most frequent values first
 */
public record ApiSearchResult(
        String query,
        String sort,
        int page,
        int size,
        long total,
        List<ApiHit> hits,
        Map<String, List<FacetCount>> facets) {}
