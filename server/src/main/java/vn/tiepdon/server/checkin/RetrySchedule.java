package vn.tiepdon.server.checkin;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When a pending lookup is retried in the background: {@code firstDelay} after the check-in, then
 * twice as long each time up to {@code maxDelay}, at most {@code maxRetries} times; then it keeps
 * its last outcome. With {@code jitter}, each wait is drawn between half of it and all of it.
 */
public record RetrySchedule(Duration firstDelay, Duration maxDelay, int maxRetries, boolean jitter) {
    public RetrySchedule {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need 0 < firstDelay <= maxDelay");
        }
        if (maxRetries < 1) {
            throw new IllegalArgumentException("maxRetries must be at least 1");
        }
    }

    /** A schedule without jitter (exact delays). */
    public RetrySchedule(Duration firstDelay, Duration maxDelay, int maxRetries) {
        this(firstDelay, maxDelay, maxRetries, false);
    }

    /** 10 s, doubling up to 5 min, 12 retries (about 40 minutes in all), with jitter. */
    public static RetrySchedule defaults() {
        return new RetrySchedule(Duration.ofSeconds(10), Duration.ofMinutes(5), 12, true);
    }

    /**
     * The wait before retry number {@code retry} with jitter: between half of {@link #delayBefore(int)}
     * and all of it, so lookups left pending by one outage are not all retried at the same moment.
     */
    public Duration jitteredDelayBefore(int retry, RandomGenerator random) {
        if (!jitter) {
            return delayBefore(retry);
        }
        long millis = delayBefore(retry).toMillis();
        long half = millis / 2;
        return Duration.ofMillis(half + (millis - half > 0 ? random.nextLong(millis - half + 1) : 0));
    }

    /** The wait before retry number {@code retry} (1 for the first). */
    public Duration delayBefore(int retry) {
        Duration d = firstDelay;
        for (int i = 1; i < retry && d.compareTo(maxDelay) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }
}
