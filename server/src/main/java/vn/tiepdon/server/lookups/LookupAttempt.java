package vn.tiepdon.server.lookups;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.server.eligibility.GatewayCaller;
import vn.tiepdon.server.eligibility.ReceivedReply;
import vn.tiepdon.server.eligibility.SentRequest;

/**
 * One request sent to the gateway for a lookup: the first try, the retry within the kiosk's budget,
 * or a background retry of a pending lookup; with what it sent and what came back (the proof of a
 * failed lookup; empty for requests logged before they were kept).
 *
 * @param attempt    1, 2, … across all tries of the lookup
 * @param background true for a retry made after the ticket was issued
 * @param outcome    {@code ANSWERED} or {@code NO_ANSWER:<reason>}
 */
public record LookupAttempt(long lookupId, int attempt, Instant at, boolean background, OutcomeKind outcome,
                            Optional<String> code, LookupClass lookupClass, long millis,
                            Optional<GatewayCaller> caller, Optional<SentRequest> sent,
                            Optional<ReceivedReply> received) {
    public LookupAttempt {
        Objects.requireNonNull(at);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(code);
        Objects.requireNonNull(lookupClass);
        Objects.requireNonNull(caller);
        Objects.requireNonNull(sent);
        Objects.requireNonNull(received);
    }

    /** An attempt without its proof (a service that does not tell what it sent). */
    public LookupAttempt(long lookupId, int attempt, Instant at, boolean background, OutcomeKind outcome,
                         Optional<String> code, LookupClass lookupClass, long millis) {
        this(lookupId, attempt, at, background, outcome, code, lookupClass, millis, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    LookupAttempt withLookupId(long id) {
        return new LookupAttempt(id, attempt, at, background, outcome, code, lookupClass, millis, caller, sent,
                received);
    }
}
