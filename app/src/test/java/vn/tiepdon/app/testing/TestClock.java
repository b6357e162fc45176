package vn.tiepdon.app.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves; {@link #withZone} views follow the same time. */
public final class TestClock extends Clock {
    /** 2026-11-22 08:00 in Vietnam. */
    public static final Instant MORNING = Instant.parse("2026-11-22T01:00:00Z");
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public TestClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(start), zone);
    }

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public static TestClock morning() {
        return new TestClock(MORNING, ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    public void advance(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
