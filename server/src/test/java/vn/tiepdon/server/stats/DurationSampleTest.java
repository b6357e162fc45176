package vn.tiepdon.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tiepdon.core.stats.Durations;

class DurationSampleTest {
    private static Durations of(long... values) {
        DurationSample s = new DurationSample();
        for (long v : values) {
            s.add(v);
        }
        return s.summary();
    }

    @Test
    void takesTheMedianAndP90ByNearestRank() {
        assertThat(of()).isEqualTo(Durations.NONE);
        assertThat(of(42)).isEqualTo(new Durations(1, 42, 42));
        // 4 values: median rank 2, p90 rank 4
        assertThat(of(40, 10, 30, 20)).isEqualTo(new Durations(4, 20, 40));
        // 10 values: median rank 5, p90 rank 9
        assertThat(of(1, 2, 3, 4, 5, 6, 7, 8, 9, 100)).isEqualTo(new Durations(10, 5, 9));
        // 11 values: median rank 6, p90 rank 10
        assertThat(of(11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1)).isEqualTo(new Durations(11, 6, 10));
    }

    @Test
    void growsPastItsFirstArrayAndCountsNegativeDurationsAsZero() {
        DurationSample s = new DurationSample();
        for (int i = 1000; i >= 1; i--) {
            s.add(i);
        }
        s.add(-5);
        assertThat(s.summary()).isEqualTo(new Durations(1001, 500, 900));
    }
}
