package vn.tiepdon.core.stats;

/**
 * A set of measured durations in seconds: how many, the median and the 90th percentile (nearest
 * rank). With {@code count} 0 there is nothing measured and both are 0.
 */
public record Durations(long count, long medianSeconds, long p90Seconds) {
    public static final Durations NONE = new Durations(0, 0, 0);

    public Durations {
        if (count < 0 || medianSeconds < 0 || p90Seconds < 0 || p90Seconds < medianSeconds) {
            throw new IllegalArgumentException("inconsistent durations");
        }
    }
}
