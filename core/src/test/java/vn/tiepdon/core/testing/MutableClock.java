package vn.tiepdon.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand, shared through core's test-jar. {@link #withZone} gives a view that
 * keeps following this clock, so code that asks for the hospital's zone sees the test's moves.
 */
public final class MutableClock extends Clock {
    private final Now now;
    private final ZoneId zone;

    public MutableClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    public MutableClock(Instant start, ZoneId zone) {
        this(new Now(start), zone);
    }

    private MutableClock(Now now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void advance(Duration by) {
        now.value = now.value.plus(by);
    }

    public void advanceSeconds(long seconds) {
        advance(Duration.ofSeconds(seconds));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.value;
    }

    /** The instant all zone views share. */
    private static final class Now {
        volatile Instant value;

        Now(Instant value) {
            this.value = value;
        }
    }
}
