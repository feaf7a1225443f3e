package org.chancery.server.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.chancery.archive.access.Principal;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.server.view.ColumnChart;
import org.chancery.server.view.SearchLinks;
import org.springframework.stereotype.Component;

/**
 * Hits per month for a query, as a chart: counted in one pass over the permitted matches through the reading room,
 * so the counts obey the access decision like every other figure. The chart shows the most recent {@value #YEARS}
 * years that have hits; each column links to the query narrowed to its month.
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
        return chart(q, room.countByMonth(reader, q));
    }

    /** The chart of counts a search has already made for {@code q}, a trimmed query. */
    static ColumnChart chart(String q, SortedMap<YearMonth, Long> counts) {
        List<ColumnChart.Value> values = new ArrayList<>();
        String span = "";
        if (!counts.isEmpty()) {
            int last = counts.lastKey().getYear();
            int first = Math.max(counts.firstKey().getYear(), last - YEARS + 1);
            span = " (" + first + "–" + last + ")";
            for (int year = first; year <= last; year++) {
                for (int month = 1; month <= 12; month++) {
                    YearMonth ym = YearMonth.of(year, month);
                    String narrowed = q.isEmpty() ? "date:" + ym : "(" + q + ") date:" + ym;
                    values.add(new ColumnChart.Value(
                            ym.toString(), counts.getOrDefault(ym, 0L), SearchLinks.search(narrowed, "date", 1)));
                }
            }
        }
        return ColumnChart.of("Hits per month" + span, values);
    }
}
