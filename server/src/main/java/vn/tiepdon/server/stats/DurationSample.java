package vn.tiepdon.server.stats;

import java.util.Arrays;
import vn.tiepdon.core.stats.Durations;

/**
 * Durations in whole seconds collected one by one (a growable array of ints: a year's tickets fit
 * in a few megabytes), summarised as their count, median and 90th percentile by nearest rank: the
 * p-th percentile of n sorted values is the value at rank ceil(p/100 &times; n), counting from 1
 * (so the median of 4 values is the 2nd).
 */
final class DurationSample {
    private int[] seconds = new int[16];
    private int size;

    void add(long value) {
        if (size == seconds.length) {
            seconds = Arrays.copyOf(seconds, seconds.length * 2);
        }
        seconds[size++] = (int) Math.min(Integer.MAX_VALUE, Math.max(0, value));
    }

    Durations summary() {
        if (size == 0) {
            return Durations.NONE;
        }
        int[] sorted = Arrays.copyOf(seconds, size);
        Arrays.sort(sorted);
        return new Durations(size, nearestRank(sorted, 50), nearestRank(sorted, 90));
    }

    /** The {@code percent}-th percentile of {@code sorted} (not empty) by nearest rank. */
    static long nearestRank(int[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }
}
