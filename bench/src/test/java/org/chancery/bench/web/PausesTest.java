package org.chancery.bench.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PausesTest {

    @Test
    void noMeanNeverPauses() {
        Pauses none = new Pauses(0, 1);
        assertThat(LongStream.generate(none::next).limit(1_000)).containsOnly(0L);
    }

    @Test
    void pausesAverageTheirMeanAndStayUnderTenTimesIt() {
        Pauses pauses = new Pauses(1_000, 7);
        long[] drawn = LongStream.generate(pauses::next).limit(100_000).toArray();
        assertThat(LongStream.of(drawn).average().orElseThrow()).isBetween(980.0, 1_020.0);
        assertThat(LongStream.of(drawn).max().orElseThrow()).isLessThanOrEqualTo(10_000L);
        assertThat(LongStream.of(drawn).min().orElseThrow()).isGreaterThanOrEqualTo(0L);
        // exponential: about 63% of pauses are shorter than the mean
        double shorter = LongStream.of(drawn).filter(ms -> ms < 1_000).count() / (double) drawn.length;
        assertThat(shorter).isBetween(0.62, 0.645);
    }

    @Test
    void theSameSeedDrawsTheSamePauses() {
        Pauses a = new Pauses(500, 3);
        Pauses b = new Pauses(500, 3);
        Pauses other = new Pauses(500, 4);
        long[] first = LongStream.generate(a::next).limit(50).toArray();
        assertThat(LongStream.generate(b::next).limit(50).toArray()).isEqualTo(first);
        assertThat(LongStream.generate(other::next).limit(50).toArray()).isNotEqualTo(first);
    }

    @Test
    void aNegativeMeanIsRefused() {
        assertThatThrownBy(() -> new Pauses(-1, 1)).hasMessageContaining("-1 ms");
    }
}
