package vn.tiepdon.server.eligibility;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.GatewayNotice;

/**
 * Tells a gateway outage: from the first request left without an answer, when no answer (any
 * result code) came for {@code threshold}, an outage began at that first request; it ends at the
 * next answer. Each start and end is told to the listeners (an event desks see, a row the admin and
 * the BHXH report show). Thread-safe.
 */
public final class OutageWatch {
    private static final Logger LOG = LoggerFactory.getLogger(OutageWatch.class);

    /** An outage in progress. */
    public record Outage(Instant since, int requests) {
    }

    private final Duration threshold;
    private final Clock clock;
    private final List<BiConsumer<GatewayNotice, Integer>> listeners = new CopyOnWriteArrayList<>();
    private Optional<Instant> firstUnanswered = Optional.empty();
    private int unansweredRequests;
    private Optional<Outage> outage = Optional.empty();

    /** @param threshold how long without an answer makes an outage ({@code gateway.outageAfter}) */
    public OutageWatch(Duration threshold, Clock clock) {
        this.threshold = Objects.requireNonNull(threshold, "threshold");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (threshold.isNegative() || threshold.isZero()) {
            throw new IllegalArgumentException("the outage threshold must be positive");
        }
    }

    public Duration threshold() {
        return threshold;
    }

    public void onChange(Consumer<GatewayNotice> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add((notice, requests) -> listener.accept(notice));
    }

    /** As {@link #onChange}, also told the requests left unanswered so far in the outage. */
    public void onChangeCounting(BiConsumer<GatewayNotice, Integer> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The outage in progress, if any. */
    public synchronized Optional<Outage> current() {
        return outage;
    }

    /**
     * Restores an outage a previous run recorded and did not see end (tells no one): the next
     * answer ends it, so its record is closed instead of staying open for ever.
     */
    public synchronized void restore(Instant since, int requests) {
        outage = Optional.of(new Outage(since, requests));
        firstUnanswered = Optional.of(since);
        unansweredRequests = requests;
        LOG.warn("BHXH gateway outage since {} still open from the previous run", since);
    }

    /** A request the gateway answered (with any result code). */
    public void answered() {
        GatewayNotice ended = null;
        int requests = 0;
        synchronized (this) {
            if (outage.isPresent()) {
                requests = outage.get().requests();
                ended = new GatewayNotice(GatewayNotice.Kind.OUTAGE_ENDED, outage.get().since(),
                        Optional.of(clock.instant()), outage.get().requests() + " request(s) during the outage");
            }
            outage = Optional.empty();
            firstUnanswered = Optional.empty();
            unansweredRequests = 0;
        }
        if (ended != null) {
            LOG.warn("BHXH gateway answers again after an outage since {} ({})", ended.since(), ended.detail());
            tell(ended, requests);
        }
    }

    /** A request that got no answer (timeout, unreachable, unreadable, HTTP 5xx without a code). */
    public void unanswered() {
        synchronized (this) {
            if (firstUnanswered.isEmpty()) {
                firstUnanswered = Optional.of(clock.instant());
            }
            unansweredRequests++;
            if (outage.isPresent()) {
                outage = Optional.of(new Outage(outage.get().since(), outage.get().requests() + 1));
            }
        }
        check();
    }

    /** Starts the outage when the threshold has passed (called after requests and by a timer). */
    public void check() {
        GatewayNotice started = null;
        int requests = 0;
        synchronized (this) {
            if (outage.isEmpty() && firstUnanswered.isPresent()
                    && Duration.between(firstUnanswered.get(), clock.instant()).compareTo(threshold) >= 0) {
                outage = Optional.of(new Outage(firstUnanswered.get(), unansweredRequests));
                requests = unansweredRequests;
                started = new GatewayNotice(GatewayNotice.Kind.OUTAGE_STARTED, firstUnanswered.get(), Optional.empty(),
                        "no answer for " + threshold.toMinutes() + " min");
            }
        }
        if (started != null) {
            LOG.error("BHXH gateway outage: no answer since {}", started.since());
            tell(started, requests);
        }
    }

    private void tell(GatewayNotice notice, int requests) {
        for (BiConsumer<GatewayNotice, Integer> l : listeners) {
            try {
                l.accept(notice, requests);
            } catch (RuntimeException e) {
                LOG.warn("Outage listener failed: {}", e.getClass().getSimpleName());
            }
        }
    }
}
