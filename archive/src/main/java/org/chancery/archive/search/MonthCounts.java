package org.chancery.archive.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.search.DocIdSetIterator;
import org.chancery.archive.index.IndexFields;

/**
 * Counts collected matches by the month (UTC) of the cable's own date, from the date's doc values; cables without a
 * date are left out. It reads the matches a search has already collected, so a page's chart costs no second pass over
 * the index; a hit's month is looked up in a table of month starts, because a date object per hit would cost more
 * than the count itself.
 */
final class MonthCounts {

    private static final long SECONDS_PER_DAY = 86_400;
    private static final YearMonth FIRST = YearMonth.of(1900, 1);
    private static final int MONTHS = 300 * 12;
    /** The epoch day each month from {@link #FIRST} on begins with, and one more for the end of the last. */
    private static final long[] MONTH_STARTS = monthStarts();

    private MonthCounts() {}

    static SortedMap<YearMonth, Long> of(FacetsCollector matches) throws IOException {
        long[] dense = new long[MONTHS];
        SortedMap<YearMonth, Long> months = new TreeMap<>();
        for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
            var dates = segment.context().reader().getNumericDocValues(IndexFields.DATE_SORT);
            var docs = segment.bits() == null ? null : segment.bits().iterator();
            if (dates == null || docs == null) {
                continue;
            }
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (dates.advanceExact(doc)) {
                    long day = Math.floorDiv(dates.longValue(), SECONDS_PER_DAY);
                    int slot = slotOf(day);
                    if (slot >= 0) {
                        dense[slot]++;
                    } else {
                        months.merge(YearMonth.from(LocalDate.ofEpochDay(day)), 1L, Long::sum);
                    }
                }
            }
        }
        for (int slot = 0; slot < MONTHS; slot++) {
            if (dense[slot] > 0) {
                months.put(FIRST.plusMonths(slot), dense[slot]);
            }
        }
        return months;
    }

    /** The month of an epoch day as an index from {@link #FIRST}, or -1 outside the months counted densely. */
    static int slotOf(long epochDay) {
        if (epochDay < MONTH_STARTS[0] || epochDay >= MONTH_STARTS[MONTHS]) {
            return -1;
        }
        int found = Arrays.binarySearch(MONTH_STARTS, epochDay);
        // an exact hit is the first day of that month; otherwise the insertion point is one past the month
        return found >= 0 ? found : -found - 2;
    }

    private static long[] monthStarts() {
        long[] starts = new long[MONTHS + 1];
        for (int i = 0; i <= MONTHS; i++) {
            starts[i] = FIRST.plusMonths(i).atDay(1).toEpochDay();
        }
        return starts;
    }
}
