package org.chancery.archive.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}: only ever about cables the reader may see.
 *
 * @param total exact number of hits
 * @param hits the requested page
 * @param facets per dimension ({@code classification}, {@code origin}, {@code tags}, {@code year}, {@code caption},
 *     {@code handling}), the most frequent values first; empty when facets were not asked for
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}
