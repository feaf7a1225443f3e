package org.chancery.server.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chancery.archive.access.Principal;
import org.chancery.archive.query.QuerySyntaxException;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.archive.search.Facet;
import org.chancery.archive.search.FacetCount;
import org.chancery.archive.search.SearchRequest;
import org.chancery.archive.search.SearchResult;
import org.chancery.archive.search.SortOrder;
import org.chancery.server.view.SearchLinks;
import org.springframework.stereotype.Component;

/** Runs a page's search through the reading room and turns the result into a {@link SearchPage}. */
@Component
public class SearchPages {

    public static final int PAGE_SIZE = 20;

    /** The facet dimensions in the order the page lists them, with their titles. */
    private static final Map<String, String> TITLES = Map.of(
            Facet.CLASSIFICATION.key(), "Classification",
            Facet.ORIGIN.key(), "Origin",
            Facet.TAGS.key(), "TAGS",
            Facet.YEAR.key(), "Year",
            Facet.CAPTION.key(), "Caption",
            Facet.HANDLING.key(), "Handling");

    private static final int FACET_VALUES_SHOWN = 10;

    private final ReadingRoom room;

    public SearchPages(ReadingRoom room) {
        this.room = room;
    }

    public SearchPage search(Principal reader, String query, String sort, int page) {
        String q = query == null ? "" : query.trim();
        String s = "date".equalsIgnoreCase(sort) ? "date" : "relevance";
        int p = Math.max(1, page);
        long maxPage = SearchRequest.MAX_LIMIT / PAGE_SIZE;
        p = (int) Math.min(p, maxPage);
        try {
            SearchResult result = room.search(
                    reader,
                    new SearchRequest(
                            q,
                            s.equals("date") ? SortOrder.DATE : SortOrder.RELEVANCE,
                            (p - 1) * PAGE_SIZE,
                            PAGE_SIZE,
                            true,
                            true,
                            true));
            return new SearchPage(
                    q,
                    s,
                    p,
                    result.total(),
                    result.hits(),
                    facets(q, result),
                    pager(q, s, p, result.total()),
                    MonthlyHits.chart(q, result.months()),
                    null,
                    null);
        } catch (QuerySyntaxException e) {
            return new SearchPage(
                    q, s, 1, 0, List.of(), List.of(), pager(q, s, 1, 0), null, e.getMessage(), e.column());
        }
    }

    private static List<SearchPage.FacetGroup> facets(String query, SearchResult result) {
        List<SearchPage.FacetGroup> groups = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            String dimension = facet.key();
            List<FacetCount> counts = result.facets().getOrDefault(dimension, List.of());
            if (counts.isEmpty()) {
                continue;
            }
            List<SearchPage.FacetLink> links = counts.stream()
                    .limit(FACET_VALUES_SHOWN)
                    .map(c -> new SearchPage.FacetLink(
                            c.value(),
                            c.count(),
                            SearchLinks.search(SearchLinks.narrowed(query, dimension, c.value()), "relevance", 1)))
                    .toList();
            groups.add(new SearchPage.FacetGroup(dimension, TITLES.getOrDefault(dimension, dimension), links));
        }
        return groups;
    }

    private static SearchPage.Pager pager(String q, String sort, int page, long total) {
        long pages = Math.min((total + PAGE_SIZE - 1) / PAGE_SIZE, SearchRequest.MAX_LIMIT / PAGE_SIZE);
        String previous = page > 1 ? SearchLinks.search(q, sort, page - 1) : null;
        String next = page < pages ? SearchLinks.search(q, sort, page + 1) : null;
        long first = total == 0 ? 0 : (long) (page - 1) * PAGE_SIZE + 1;
        long last = Math.min(total, (long) page * PAGE_SIZE);
        return new SearchPage.Pager(page, pages, previous, next, first, last);
    }
}
