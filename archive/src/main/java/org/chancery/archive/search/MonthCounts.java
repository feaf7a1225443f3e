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
 * the index; a hit's month is read from a table of every day's month, because working it out per hit (a date object,
 * or even a search among month starts) cost a seventh of a broad search.
 */
final class MonthCounts {

    private static final long SECONDS_PER_DAY = 86_400;
    private static final YearMonth FIRST = YearMonth.of(1900, 1);
    private static final int MONTHS = 300 * 12;
    private static final long FIRST_DAY = FIRST.atDay(1).toEpochDay();
    /** The month of each day from {@link #FIRST} on, as an index from it (short: 3,600 months fit; 220 KB in all). */
    private static final short[] MONTH_OF_DAY = monthOfDay();

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
        long day = epochDay - FIRST_DAY;
        return day >= 0 && day < MONTH_OF_DAY.length ? MONTH_OF_DAY[(int) day] : -1;
    }

    private static short[] monthOfDay() {
        long end = FIRST.plusMonths(MONTHS).atDay(1).toEpochDay();
        short[] months = new short[(int) (end - FIRST_DAY)];
        for (int m = 0; m < MONTHS; m++) {
            int from = (int) (FIRST.plusMonths(m).atDay(1).toEpochDay() - FIRST_DAY);
            int to = (int) (FIRST.plusMonths(m + 1).atDay(1).toEpochDay() - FIRST_DAY);
            Arrays.fill(months, from, to, (short) m);
        }
        return months;
    }
}
