package vn.tiepdon.server.lookups;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.OutcomeKind;

/**
 * One request sent to the gateway for a lookup: the first try, the retry within the kiosk's budget,
 * or a background retry of a pending lookup.
 *
 * @param attempt    1, 2, … across all tries of the lookup
 * @param background true for a retry made after the ticket was issued
 * @param outcome    {@code ANSWERED} or {@code NO_ANSWER:<reason>}
 */
public record LookupAttempt(long lookupId, int attempt, Instant at, boolean background, OutcomeKind outcome,
                            Optional<String> code, LookupClass lookupClass, long millis) {
    public LookupAttempt {
        Objects.requireNonNull(at);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(code);
        Objects.requireNonNull(lookupClass);
    }

    LookupAttempt withLookupId(long id) {
        return new LookupAttempt(id, attempt, at, background, outcome, code, lookupClass, millis);
    }
}
