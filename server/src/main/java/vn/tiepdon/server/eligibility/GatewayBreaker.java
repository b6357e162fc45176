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
     */
    public record Settings(int failuresInARow, Duration openFor) {
        public Settings {
            Objects.requireNonNull(openFor, "openFor");
            if (failuresInARow < 1) {
                throw new IllegalArgumentException("failuresInARow must be at least 1");
            }
            if (openFor.isNegative() || openFor.isZero()) {
                throw new IllegalArgumentException("openFor must be positive");
            }
        }

        /** 5 failures in a row open it for 30 s. */
        public static Settings defaults() {
            return new Settings(5, Duration.ofSeconds(30));
        }
    }

    /** Where the breaker stands. */
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final CircuitBreaker breaker;
    private final Settings settings;

    public GatewayBreaker(Settings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
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

    /** True when a lookup may be sent now (closed, or this is the half-open probe). */
    public boolean tryAcquire() {
        return breaker.tryAcquirePermission();
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
