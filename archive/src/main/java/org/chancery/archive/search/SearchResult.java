package org.chancery.archive.search;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The answer to a {@link SearchRequest}: only ever about cables the reader may see.
 *
 * @param total exact number of hits
 * @param hits the requested page
 * @param facets per dimension ({@code classification}, {@code origin}, {@code tags}, {@code year}, {@code caption},
 *     {@code handling}), the most frequent values first; empty when facets were not asked for
 * @param months all hits by the month (UTC) of their date, cables without a date left out; empty when not asked for
 */
public record SearchResult(
        long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, SortedMap<YearMonth, Long> months) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
        months = Collections.unmodifiableSortedMap(new TreeMap<>(months));
    }

    /** A result without counts by month. */
    public SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
        this(total, hits, facets, Collections.emptySortedMap());
    }
}
