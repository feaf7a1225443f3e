package org.chancery.server.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chancery.archive.access.Principal;
import org.chancery.archive.index.IndexFields;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.archive.search.FacetCount;
import org.chancery.archive.search.SearchRequest;
import org.chancery.archive.search.SearchResult;
import org.chancery.archive.search.SortOrder;
import org.chancery.server.view.ColumnChart;
import org.chancery.server.view.SearchLinks;
import org.springframework.stereotype.Component;

/**
 * Hits per month for a query, as a chart. The index counts by year; months are counted with one count-only search
 * per month ({@code date:YYYY-MM} added to the query) through the reading room, so the counts obey the access
 * decision like every other figure. To keep that bounded, the chart covers the most recent {@value #YEARS} years
 * that have hits.
 */
@Component
public class MonthlyHits {

    static final int YEARS = 6;

    private final ReadingRoom room;

    public MonthlyHits(ReadingRoom room) {
        this.room = room;
    }

    public ColumnChart chart(Principal reader, String query) {
        String q = query == null ? "" : query.trim();
        SearchResult years = room.search(reader, new SearchRequest(q, SortOrder.RELEVANCE, 0, 0, true, false));
        List<Integer> withHits = years.facets().getOrDefault(IndexFields.FACET_YEAR, List.of()).stream()
                .map(FacetCount::value)
                .filter(v -> v.matches("\\d{4}"))
                .map(Integer::valueOf)
                .sorted(Comparator.reverseOrder())
                .limit(YEARS)
                .sorted()
                .toList();
        List<ColumnChart.Value> values = new ArrayList<>();
        if (!withHits.isEmpty()) {
            for (int year = withHits.getFirst(); year <= withHits.getLast(); year++) {
                for (int month = 1; month <= 12; month++) {
                    String ym = "%04d-%02d".formatted(year, month);
                    String narrowed = q.isEmpty() ? "date:" + ym : "(" + q + ") date:" + ym;
                    long count = room.search(
                                    reader, new SearchRequest(narrowed, SortOrder.RELEVANCE, 0, 0, false, false))
                            .total();
                    values.add(new ColumnChart.Value(ym, count, SearchLinks.search(narrowed, "date", 1)));
                }
            }
        }
        String span = withHits.isEmpty() ? "" : " (" + withHits.getFirst() + "–" + withHits.getLast() + ")";
        return ColumnChart.of("Hits per month" + span, values);
    }
}
