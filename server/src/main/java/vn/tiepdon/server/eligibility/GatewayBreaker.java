package vn.tiepdon.server.eligibility;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.ResultCodes;

/**
 * The circuit breaker in front of the BHXH gateway (resilience4j). After
 * {@link Settings#failuresInARow()} gateway failures in a row — no answer in time, unreachable,
 * an unreadable or 5xx answer, codes 100/101/500 — it opens: lookups are not sent at all for
 * {@link Settings#openFor()}, so kiosks get their ticket at once. Then one lookup is let through as
 * a probe: an answer closes the breaker, a failure opens it again. A refused login or an answer
 * about the card is not a gateway failure. Time comes from the injected clock. Thread-safe.
 */
public final class GatewayBreaker {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayBreaker.class);

    /**
     * @param failuresInARow gateway failures in a row that open the breaker (at least 1)
     * @param openFor        how long it stays open before one probe is let through
     * @param silentFor      a request that waited this long with nothing at all heard from the
     *                       gateway since it was sent opens the breaker at once (above the
     *                       gateway's slowest answer: {@link GatewaySilence})
     */
    public record Settings(int failuresInARow, Duration openFor, Duration silentFor) {
        /** The default silence before the breaker opens: above the 30 s a slow gateway takes. */
        public static final Duration SILENT_FOR = Duration.ofSeconds(35);

        public Settings {
            Objects.requireNonNull(openFor, "openFor");
            Objects.requireNonNull(silentFor, "silentFor");
            if (silentFor.isNegative() || silentFor.isZero()) {
                throw new IllegalArgumentException("silentFor must be positive");
            }
            if (failuresInARow < 1) {
                throw new IllegalArgumentException("failuresInARow must be at least 1");
            }
            if (openFor.isNegative() || openFor.isZero()) {
                throw new IllegalArgumentException("openFor must be positive");
            }
        }

        /** As above, with the default {@link #SILENT_FOR}. */
        public Settings(int failuresInARow, Duration openFor) {
            this(failuresInARow, openFor, SILENT_FOR);
        }

        /** 5 failures in a row open it for 30 s; so does 35 s with nothing heard. */
        public static Settings defaults() {
            return new Settings(5, Duration.ofSeconds(30));
        }
    }

    /** Where the breaker stands. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final CircuitBreaker breaker;
    private final Settings settings;
    private final GatewaySilence silence;
    private final Clock clock;

    public GatewayBreaker(Settings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.silence = new GatewaySilence(settings.silentFor());
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.failuresInARow())
                .minimumNumberOfCalls(settings.failuresInARow())
                .failureRateThreshold(100f)
                .slowCallRateThreshold(100f)
                .slowCallDurationThreshold(Duration.ofDays(1))
                .waitDurationInOpenState(settings.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordResult(r -> r instanceof GatewayReply reply && isGatewayFailure(reply))
                .currentTimestampFunction(Clock::millis, TimeUnit.MILLISECONDS)
                .build();
        this.breaker = new CircuitBreakerStateMachine("bhxh-gateway", config, clock);
        breaker.getEventPublisher().onStateTransition(e -> LOG.warn("BHXH gateway circuit breaker {}",
                e.getStateTransition()));
    }

    public Settings settings() {
        return settings;
    }

    /** Tells {@code listener} each state the breaker moves to (on the thread that moved it). */
    public void onTransition(java.util.function.Consumer<State> listener) {
        Objects.requireNonNull(listener, "listener");
        breaker.getEventPublisher().onStateTransition(e -> listener.accept(state(e.getStateTransition().getToState())));
    }

    /**
     * True when a lookup may be sent now (closed, or this is the half-open probe). A gateway silent
     * for {@link Settings#silentFor()} opens the breaker first ({@link #checkSilence()}).
     */
    public boolean tryAcquire() {
        checkSilence();
        return breaker.tryAcquirePermission();
    }

    /** A request is on its way to the gateway now. */
    public void sent() {
        silence.sent(clock.instant());
    }

    /** What came back for a request, as soon as it came (a request that goes on late included). */
    public void heard(GatewayReply reply) {
        if (reply.received().isPresent()) {
            silence.heard();
        }
    }

    /**
     * Opens the breaker when a request has waited {@link Settings#silentFor()} with nothing at all
     * heard from the gateway since it was sent, without waiting for the failures in a row: a
     * gateway that holds requests without a byte is known to have failed only when each request
     * gives up, long after. When it is half-open this ends the probe as failed.
     */
    public void checkSilence() {
        if (!silence.silentAt(clock.instant())) {
            return;
        }
        CircuitBreaker.State now = breaker.getState();
        if (now == CircuitBreaker.State.CLOSED || now == CircuitBreaker.State.HALF_OPEN) {
            LOG.warn("BHXH gateway silent: nothing heard for {} s since a request was sent",
                    settings.silentFor().toSeconds());
            try {
                breaker.transitionToOpenState();
            } catch (IllegalStateException e) {
                LOG.debug("Breaker moved meanwhile: {}", breaker.getState());
            }
        }
    }

    /** Records what a sent lookup got; must follow every successful {@link #tryAcquire()}. */
    public void record(GatewayReply reply, long millis) {
        breaker.onResult(Math.max(0, millis), TimeUnit.MILLISECONDS, reply);
    }

    public State state() {
        return state(breaker.getState());
    }

    private static State state(CircuitBreaker.State state) {
        return switch (state) {
            case OPEN, FORCED_OPEN -> State.OPEN;
            case HALF_OPEN -> State.HALF_OPEN;
            default -> State.CLOSED;
        };
    }

    /** True for replies that say the gateway itself is failing (not the card, not our account). */
    static boolean isGatewayFailure(GatewayReply reply) {
        if (reply instanceof GatewayReply.Coded coded) {
            return ResultCodes.classify(coded.code()).retryable();
        }
        LookupOutcome.Reason reason = ((GatewayReply.Failed) reply).reason();
        return reason == LookupOutcome.Reason.TIMEOUT || reason == LookupOutcome.Reason.UNREACHABLE
                || reason == LookupOutcome.Reason.BAD_RESPONSE;
    }
}
