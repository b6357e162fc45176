package vn.tiepdon.server.eligibility;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.GatewayNotice;

/**
 * The switch that stops every gateway call when BHXH restricts the hospital's account (or keeps
 * refusing it after a fresh login): asking again would only keep the account locked. Check-ins go
 * on with their lookups pending; the admin is alerted and lets calls go again once the account is
 * cleared with BHXH. Thread-safe.
 */
public final class GatewayStop {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayStop.class);

    /** Why and since when calls are stopped. */
    public record Stopped(Instant since, String detail) {
    }

    private final Clock clock;
    private final List<Consumer<GatewayNotice>> listeners = new CopyOnWriteArrayList<>();
    private volatile Optional<Stopped> stopped = Optional.empty();

    public GatewayStop(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Tells {@code listener} of every stop and resume. */
    public void onChange(Consumer<GatewayNotice> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public Optional<Stopped> current() {
        return stopped;
    }

    /** Stops calls (no change when already stopped). */
    public void stop(String detail) {
        GatewayNotice notice;
        synchronized (this) {
            if (stopped.isPresent()) {
                return;
            }
            Stopped s = new Stopped(clock.instant(), detail);
            stopped = Optional.of(s);
            notice = new GatewayNotice(GatewayNotice.Kind.STOPPED, s.since(), Optional.empty(), detail);
        }
        LOG.error("BHXH gateway calls STOPPED: {}. Check-ins go on with lookups pending; an admin resumes calls"
                + " (POST /api/v1/gateway/resume) once the account is cleared with BHXH", detail);
        tell(notice);
    }

    /** Restores a stop found in the event log when the server starts (tells no one). */
    public synchronized void restore(Instant since, String detail) {
        stopped = Optional.of(new Stopped(since, detail));
        LOG.error("BHXH gateway calls remain STOPPED since {}: {}", since, detail);
    }

    /** Lets calls go again; false when they were not stopped. */
    public boolean resume(String by) {
        GatewayNotice notice;
        synchronized (this) {
            if (stopped.isEmpty()) {
                return false;
            }
            notice = new GatewayNotice(GatewayNotice.Kind.RESUMED, stopped.get().since(),
                    Optional.of(clock.instant()), "resumed by " + by);
            stopped = Optional.empty();
        }
        LOG.warn("BHXH gateway calls resumed by {}", by);
        tell(notice);
        return true;
    }

    private void tell(GatewayNotice notice) {
        for (Consumer<GatewayNotice> l : listeners) {
            try {
                l.accept(notice);
            } catch (RuntimeException e) {
                LOG.warn("Gateway stop listener failed: {}", e.getClass().getSimpleName());
            }
        }
    }
}
