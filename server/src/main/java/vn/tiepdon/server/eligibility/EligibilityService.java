package vn.tiepdon.server.eligibility;

import java.util.Optional;
import java.util.function.Consumer;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;

/**
 * The BHYT eligibility check as the check-in pipeline sees it. Implementations answer within
 * their time budget whatever the gateway does, and never throw for gateway trouble: a gateway
 * that is down, slow or confused gives a {@link LookupOutcome.NoAnswer}.
 */
public interface EligibilityService {
    LookupOutcome lookUp(LookupRequest request);

    /** The quota guard in front of the gateway, for a service that has one. */
    default Optional<GatewayGuard> guard() {
        return Optional.empty();
    }

    /** The circuit breaker's state ({@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}), for a service that has one. */
    default Optional<String> breakerState() {
        return Optional.empty();
    }

    /**
     * The same lookup for {@code caller}, telling {@code tries} about each request sent to the
     * gateway (for the lookup log). A lookup not sent at all (circuit breaker open, budget spent,
     * an answer reused) reports no try. By default one try that sums up the outcome.
     */
    default LookupOutcome lookUp(LookupRequest request, GatewayCaller caller, Consumer<GatewayTry> tries) {
        LookupOutcome outcome = lookUp(request);
        if (outcome.attempts() > 0) {
            tries.accept(GatewayTry.summarising(outcome, caller));
        }
        return outcome;
    }
}
