package org.chancery.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class MonthCountsTest {

    private static final YearMonth FIRST = YearMonth.of(1900, 1);

    /** -25,567 is 1900-01-01 and 84,005 is 2199-12-31, the first and last days counted densely. */
    @Property(tries = 2_000)
    void everyDayFallsInTheMonthItsDateNames(@ForAll @LongRange(min = -25_567, max = 84_005) long epochDay) {
        int slot = MonthCounts.slotOf(epochDay);
        assertThat(FIRST.plusMonths(slot)).isEqualTo(YearMonth.from(LocalDate.ofEpochDay(epochDay)));
    }

    @Test
    void monthBoundariesAndLeapDaysLandOnTheRightSide() {
        for (String day : new String[] {
            "2008-02-29",
            "2008-03-01",
            "2000-02-29",
            "1900-02-28",
            "1999-12-31",
            "2000-01-01",
            "1970-01-01",
            "1969-12-31"
        }) {
            LocalDate date = LocalDate.parse(day);
            assertThat(FIRST.plusMonths(MonthCounts.slotOf(date.toEpochDay())))
                    .as(day)
                    .isEqualTo(YearMonth.from(date));
        }
    }

    @Test
    void daysOutsideTheDenseRangeAreLeftToTheCaller() {
        assertThat(MonthCounts.slotOf(LocalDate.of(1899, 12, 31).toEpochDay())).isEqualTo(-1);
        assertThat(MonthCounts.slotOf(LocalDate.of(2200, 1, 1).toEpochDay())).isEqualTo(-1);
        assertThat(MonthCounts.slotOf(LocalDate.of(1900, 1, 1).toEpochDay())).isZero();
    }
}
