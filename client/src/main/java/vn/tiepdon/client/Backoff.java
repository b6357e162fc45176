package vn.tiepdon.client;

import java.time.Duration;
import java.util.Objects;

/** Reconnect delays: starts at {@code initial}, doubles after each use up to {@code max}. Not thread-safe. */
final class Backoff {
    static final Duration STANDARD_INITIAL = Duration.ofMillis(250);
    static final Duration STANDARD_MAX = Duration.ofSeconds(5);

    private final Duration initial;
    private final Duration max;
    private Duration next;

    Backoff(Duration initial, Duration max) {
        Objects.requireNonNull(initial);
        Objects.requireNonNull(max);
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max: " + initial + ", " + max);
        }
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** 250 ms doubling to 5 s. */
    static Backoff standard() {
        return new Backoff(STANDARD_INITIAL, STANDARD_MAX);
    }

    /** The delay to wait now; the following one is twice as long, at most {@code max}. */
    Duration next() {
        Duration now = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return now;
    }

    /** Back to the initial delay (after a connection worked). */
    void reset() {
        next = initial;
    }
}
