package vn.tiepdon.core.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.OutcomeKind;

/**
 * The patient's BHYT visit history as the desk asked for it ({@code GET /api/v1/lookups/{id}/history}):
 * which lookup's card, name and birth date were asked ({@code lookupId}), when ({@code askedAt}),
 * what the gateway answered — {@code outcome} {@code ANSWERED} with its {@code code} and the code's
 * {@code lookupClass}, or {@code NO_ANSWER:<reason>} — the receptionist's text for it
 * ({@code staffMessage}, Vietnamese: screens render the code in their own language), how long it took,
 * and the {@code visits}, most recent first (empty when there are none or when the gateway did not
 * answer with a history).
 */
public record VisitHistoryView(long lookupId, Instant askedAt, OutcomeKind outcome, Optional<String> code,
                               LookupClass lookupClass, String staffMessage, long millis, List<VisitView> visits) {

    /** Most recent first: by admission, then discharge; visits without a time last. */
    public static final Comparator<VisitView> MOST_RECENT_FIRST = Comparator
            .comparing((VisitView v) -> v.admittedAt().or(v::dischargedAt).orElse(null),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(v -> v.dischargedAt().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()));

    public VisitHistoryView {
        Objects.requireNonNull(askedAt);
        Objects.requireNonNull(outcome);
        code = code == null ? Optional.empty() : code;
        Objects.requireNonNull(lookupClass);
        Objects.requireNonNull(staffMessage);
        visits = visits == null ? List.of() : visits.stream().sorted(MOST_RECENT_FIRST).toList();
    }

    /**
     * True when the gateway answered with a history (code 000, or another code of a usable card):
     * {@code visits} is the whole history then, empty when the patient has none.
     */
    public boolean historyGiven() {
        return outcome.answered() && lookupClass.isSuccess();
    }
}
