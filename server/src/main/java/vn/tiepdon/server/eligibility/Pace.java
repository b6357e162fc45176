package vn.tiepdon.server.eligibility;

import java.time.Duration;

/**
 * How long the gateway code really waits for a span of its clock's time. Everything that reads time
 * uses the injected clock; what waits (a worker's answer, the pause before a second try, the HTTP
 * call's timeout, the login lock) waits {@link #realMillis} instead. In production the clock is the
 * wall clock and {@link #REAL} waits exactly as long; a benchmark running simulated time faster than
 * real time (a morning in minutes) passes a pace that shortens every wait in proportion.
 */
@FunctionalInterface
public interface Pace {
    /** Real time: a millisecond of the clock is a millisecond of waiting. */
    Pace REAL = millis -> millis;

    /** The real milliseconds to wait for {@code clockMillis} of the clock's time. */
    long realMillis(long clockMillis);

    /** {@link #realMillis} of a duration. */
    default Duration real(Duration clockTime) {
        return Duration.ofMillis(realMillis(clockTime.toMillis()));
    }

    /**
     * A clock running {@code speed} times faster than real time: each wait divided by {@code speed},
     * rounded up, and at least 1 ms for any positive span (so nothing turns into "no wait at all").
     */
    static Pace faster(double speed) {
        if (!(speed >= 1) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be at least 1: " + speed);
        }
        if (speed == 1) {
            return REAL;
        }
        return millis -> millis <= 0 ? millis : Math.max(1, (long) Math.ceil(millis / speed));
    }
}
