package vn.tiepdon.server.portraits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the chip portraits of earlier service days: personal data is kept for the service day
 * only. Runs when the server starts, then once a day just after midnight in the hospital's zone.
 */
public final class PortraitPurger implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PortraitPurger.class);
    /** How long after midnight the daily purge runs. */
    static final Duration AFTER_MIDNIGHT = Duration.ofMinutes(1);

    private final PortraitStore portraits;
    private final Clock clock;
    private final ZoneId zone;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "portrait-purge");
        t.setDaemon(true);
        return t;
    });

    public PortraitPurger(PortraitStore portraits, Clock clock, ZoneId zone) {
        this.portraits = Objects.requireNonNull(portraits);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
    }

    /** Purges now, on the caller's thread, then schedules the daily purge. */
    public PortraitPurger start() {
        purge();
        scheduleNext();
        return this;
    }

    /** Deletes the portraits of service days before today; returns how many. */
    public int purge() {
        int purged = portraits.purgeBefore(LocalDate.now(clock.withZone(zone)));
        if (purged > 0) {
            LOG.info("{} portrait(s) of earlier service days deleted", purged);
        }
        return purged;
    }

    /** How long from {@code now} until the next daily purge. */
    static Duration untilNextPurge(Instant now, ZoneId zone) {
        Instant next = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).plus(AFTER_MIDNIGHT).toInstant();
        return Duration.between(now, next);
    }

    private void scheduleNext() {
        long millis = Math.max(1_000, untilNextPurge(clock.instant(), zone).toMillis());
        try {
            timer.schedule(this::daily, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile: the server is stopping
        }
    }

    private void daily() {
        try {
            purge();
        } catch (RuntimeException e) {
            LOG.warn("Daily portrait purge failed: {}", e.getClass().getSimpleName());
        } finally {
            scheduleNext();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
