package org.chancery.synthetic;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How cable traffic is spread over the years, as an inverse distribution: a quantile in [0, 1) maps to a moment, and
 * rising quantiles give rising moments, so a generator that walks the quantiles in order emits its cables in date
 * order.
 *
 * <p>The shape follows the one public release of this kind of traffic: a thin tail back to 1966, a steep rise through
 * the 1990s and early 2000s, a plateau from 2006 to 2009 and only the first two months of 2010. The weights are our
 * own rounded reading of that shape, not counts copied from anywhere.
 */
final class TrafficYears {
    static final int FIRST_YEAR = 1966;
    static final int LAST_YEAR = 2010;

    /** Relative volume per year from {@link #FIRST_YEAR}; 2010 covers January and February only. */
    private static final double[] WEIGHTS = {
        // 1966-1975
        0.3,
        0.2,
        0.2,
        0.2,
        0.3,
        0.3,
        0.4,
        0.5,
        0.6,
        0.6,
        // 1976-1985
        0.5,
        0.5,
        0.6,
        0.6,
        0.7,
        0.7,
        0.8,
        0.9,
        1,
        1.5,
        // 1986-1995
        2,
        2,
        3,
        4,
        6,
        8,
        10,
        12,
        14,
        18,
        // 1996-2005
        25,
        35,
        50,
        70,
        110,
        180,
        320,
        650,
        1_400,
        3_200,
        // 2006-2010
        8_600,
        9_400,
        10_000,
        11_200,
        1_700
    };

    private static final OffsetDateTime END = OffsetDateTime.of(2010, 2, 28, 23, 59, 0, 0, ZoneOffset.UTC);

    /** Cumulative share at the start of each year, and 1 after the last. */
    private static final double[] CUMULATIVE = cumulative();

    private TrafficYears() {}

    /** The moment at quantile {@code q} of the traffic, {@code 0 <= q < 1}. */
    static OffsetDateTime at(double q) {
        int i = 0;
        // search from the busy end: almost every quantile falls in the last few years
        for (int k = WEIGHTS.length - 1; k > 0; k--) {
            if (q >= CUMULATIVE[k]) {
                i = k;
                break;
            }
        }
        double within = Math.min(1, Math.max(0, (q - CUMULATIVE[i]) / (CUMULATIVE[i + 1] - CUMULATIVE[i])));
        OffsetDateTime from = OffsetDateTime.of(FIRST_YEAR + i, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        OffsetDateTime to = i == WEIGHTS.length - 1 ? END : from.plusYears(1).minusMinutes(1);
        long minutes = java.time.Duration.between(from, to).toMinutes();
        return from.plusMinutes((long) (within * minutes));
    }

    private static double[] cumulative() {
        double total = 0;
        for (double w : WEIGHTS) {
            total += w;
        }
        double[] c = new double[WEIGHTS.length + 1];
        for (int i = 0; i < WEIGHTS.length; i++) {
            c[i + 1] = c[i] + WEIGHTS[i] / total;
        }
        c[WEIGHTS.length] = 1;
        return c;
    }
}
