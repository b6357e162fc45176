package vn.tiepdon.server.eligibility;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the gateway has gone silent: a request has waited {@code silentFor} and nothing at all
 * came back from the gateway since it was sent, not a result code, not an error page. A gateway
 * that is only slow answers each request within its slowest time, so with {@code silentFor} above
 * that time a request sent after the last thing heard cannot wait that long unless nothing answers.
 * It is the breaker's quick sign of a gateway that holds requests without a byte: such requests
 * are known to have failed only when their caller gives up ({@code gateway.backgroundBudget}).
 * No I/O; thread-safe.
 */
final class GatewaySilence {
    private final Duration silentFor;
    private Optional<Instant> firstWaiting = Optional.empty();

    GatewaySilence(Duration silentFor) {
        this.silentFor = Objects.requireNonNull(silentFor, "silentFor");
        if (silentFor.isNegative() || silentFor.isZero()) {
            throw new IllegalArgumentException("silentFor must be positive");
        }
    }

    /** A request is sent at {@code at}. */
    synchronized void sent(Instant at) {
        if (firstWaiting.isEmpty()) {
            firstWaiting = Optional.of(at);
        }
    }

    /** Something came back from the gateway (any HTTP response): what was sent before is no sign of silence. */
    synchronized void heard() {
        firstWaiting = Optional.empty();
    }

    /**
     * True once, when a request sent since the gateway was last heard has waited {@code silentFor} at
     * {@code now}; the requests sent so far are then forgotten, so the next sign needs a request sent
     * after it (the breaker's probe).
     */
    synchronized boolean silentAt(Instant now) {
        if (firstWaiting.isPresent() && Duration.between(firstWaiting.get(), now).compareTo(silentFor) >= 0) {
            firstWaiting = Optional.empty();
            return true;
        }
        return false;
    }
}
