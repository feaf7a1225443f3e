package org.chancery.cli.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.archive.search.FacetCount;
import org.chancery.archive.search.SearchHit;
import org.chancery.archive.search.SearchResult;

/** The JSON form of a search result for {@code --json}; highlights keep their {@code <b>} markers, HTML-escaped. */
final class SearchResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SearchResultJson() {}

    static String write(String query, SearchResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("query", query);
        root.put("total", result.total());
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit h : result.hits()) {
            Map<String, Object> hit = new LinkedHashMap<>();
            hit.put("id", h.id());
            hit.put("date", h.date() == null ? null : h.date().toString());
            hit.put("classification", h.classification().label());
            hit.put("origin", h.origin());
            hit.put("subject", h.subject());
            hit.put("score", h.score());
            hit.put("highlights", h.highlights());
            hits.add(hit);
        }
        root.put("hits", hits);
        Map<String, Object> facets = new LinkedHashMap<>();
        for (var e : result.facets().entrySet()) {
            List<Map<String, Object>> values = new ArrayList<>();
            for (FacetCount c : e.getValue()) {
                values.add(Map.of("value", c.value(), "count", c.count()));
            }
            facets.put(e.getKey(), values);
        }
        root.put("facets", facets);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
