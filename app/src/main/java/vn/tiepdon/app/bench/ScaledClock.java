package vn.tiepdon.app.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import vn.tiepdon.server.eligibility.Pace;

/**
 * Simulated time running {@code speed} times faster than real time from {@code start}: a morning of
 * four hours passes in four minutes at speed 60. Everything that reads time (server, bhxh-sim, the
 * bench's schedule) is given this clock; what waits in real time is given {@link #pace()}. Views in
 * another zone ({@link #withZone}) share the same time.
 */
public final class ScaledClock extends Clock {
    private final Instant start;
    private final long startNanos;
    private final double speed;
    private final ZoneId zone;

    /** A clock at {@code start} now, running {@code speed} (at least 1) times faster than real time. */
    public ScaledClock(Instant start, double speed, ZoneId zone) {
        this(start, System.nanoTime(), speed, zone);
    }

    private ScaledClock(Instant start, long startNanos, double speed, ZoneId zone) {
        if (!(speed >= 1) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be at least 1: " + speed);
        }
        this.start = Objects.requireNonNull(start, "start");
        this.startNanos = startNanos;
        this.speed = speed;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public double speed() {
        return speed;
    }

    /** How the gateway code waits for this clock's time: each wait divided by the speed. */
    public Pace pace() {
        return Pace.faster(speed);
    }

    /** Simulated time since the start. */
    public Duration elapsed() {
        return Duration.between(start, instant());
    }

    /** The simulated span of {@code realNanos} of real time. */
    public Duration simulated(long realNanos) {
        return Duration.ofNanos((long) (realNanos * speed));
    }

    /** Parks the calling thread until this clock reads {@code at} (returns at once when it has). */
    public void sleepUntil(Instant at) throws InterruptedException {
        while (true) {
            long left = Duration.between(instant(), at).toNanos();
            if (left <= 0) {
                return;
            }
            LockSupport.parkNanos(Math.max(1, (long) (left / speed)));
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ScaledClock(start, startNanos, speed, other);
    }

    @Override
    public Instant instant() {
        long real = System.nanoTime() - startNanos;
        return start.plusNanos((long) (real * speed));
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }
}
