package vn.tiepdon.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchResultTest {

    @Test
    void writesOneResultLineOfKeyValuePairsInOrder() {
        String line = new BenchResult().putText("bench", "checkin").put("count", 500).put("p99_ms", 10.434).line();
        assertThat(line).isEqualTo("RESULT bench=checkin count=500 p99_ms=10.43");
    }

    @Test
    void refusesKeysOrValuesThatWouldBreakTheLine() {
        assertThatThrownBy(() -> new BenchResult().putText("P99 ms", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BenchResult().putText("mode", "two words")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesPercentilesByNearestRank() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(BenchResult.percentile(sorted, 50)).isEqualTo(5);
        assertThat(BenchResult.percentile(sorted, 99)).isEqualTo(10);
        assertThat(BenchResult.percentile(sorted, 0)).isEqualTo(1);
        assertThat(BenchResult.percentile(new long[0], 50)).isZero();
    }
}
