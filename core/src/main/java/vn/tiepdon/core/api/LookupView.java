package vn.tiepdon.core.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;

/**
 * A stored lookup as the API shows it. {@code maskedKey} is the masked card or CCCD number.
 * {@code pending}: the gateway gave no answer yet and the server retries in the background; a
 * {@code lookup.completed} event brings the result.
 * {@code outcome}: {@code ANSWERED}, {@code NO_ANSWER} (timeout, unreachable...) or
 * {@code NOT_SENT}.
 *
 * <p>What a receptionist did about it ({@code POST /api/v1/lookups/{id}/override}):
 * {@code override} is the latest fix of the check-in as it applies to this lookup — on a lookup
 * accepted on a card or marked fee-paying, that action; on a lookup that was re-run, {@code RERUN}
 * with {@code supersededBy} the new lookup; on the new lookup a re-run made, {@code RERUN} with
 * {@code rerunOf} the one it replaced (its own outcome is the gateway's new answer). Empty for a
 * lookup nobody touched. The outcome fields always stay the gateway's.
 *
 * <p>{@code otherFacilityChecks}: checks of the same card by other facilities near the time of this
 * lookup (within {@code gateway.concurrentVisitDays}), most recent first, as the gateway's card check
 * listed them: the patient may be under treatment there at the same time. Empty when there were none
 * (and in JSON from a server that does not send the field).
 */
public record LookupView(long id, Instant at, String kioskId, IdentificationMethod method,
                         DocumentKind documentKind, String maskedKey, OutcomeKind outcome, Optional<String> code, LookupClass lookupClass,
                         String patientMessage, String staffMessage, long millis, int attempts, boolean pending,
                         Optional<StaffOverride> override, Optional<Long> rerunOf, Optional<Long> supersededBy,
                         List<RecentCheck> otherFacilityChecks) {

    /**
     * A receptionist's fix: what ({@code action}), who ({@code user:lan}), when, why, and for an
     * accepted card the number typed, masked ({@code HS40********811}).
     */
    public record StaffOverride(LookupOverride.Action action, String actor, Instant at, String reason,
                                Optional<String> cardNumber) {
        public StaffOverride {
            Objects.requireNonNull(action);
            Objects.requireNonNull(actor);
            Objects.requireNonNull(at);
            Objects.requireNonNull(reason);
            cardNumber = cardNumber == null ? Optional.empty() : cardNumber;
        }
    }

    /** A lookup without checks by other facilities. */
    public LookupView(long id, Instant at, String kioskId, IdentificationMethod method, DocumentKind documentKind,
                      String maskedKey, OutcomeKind outcome, Optional<String> code, LookupClass lookupClass,
                      String patientMessage, String staffMessage, long millis, int attempts, boolean pending,
                      Optional<StaffOverride> override, Optional<Long> rerunOf, Optional<Long> supersededBy) {
        this(id, at, kioskId, method, documentKind, maskedKey, outcome, code, lookupClass, patientMessage,
                staffMessage, millis, attempts, pending, override, rerunOf, supersededBy, List.of());
    }

    /** A lookup no receptionist has fixed. */
    public LookupView(long id, Instant at, String kioskId, IdentificationMethod method, DocumentKind documentKind,
                      String maskedKey, OutcomeKind outcome, Optional<String> code, LookupClass lookupClass,
                      String patientMessage, String staffMessage, long millis, int attempts, boolean pending) {
        this(id, at, kioskId, method, documentKind, maskedKey, outcome, code, lookupClass, patientMessage,
                staffMessage, millis, attempts, pending, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A lookup that is final (not being retried in the background). */
    public LookupView(long id, Instant at, String kioskId, IdentificationMethod method, DocumentKind documentKind,
                      String maskedKey, OutcomeKind outcome, Optional<String> code, LookupClass lookupClass, String patientMessage,
                      String staffMessage, long millis, int attempts) {
        this(id, at, kioskId, method, documentKind, maskedKey, outcome, code, lookupClass, patientMessage,
                staffMessage, millis, attempts, false);
    }

    public LookupView {
        Objects.requireNonNull(at);
        Objects.requireNonNull(kioskId);
        Objects.requireNonNull(method);
        Objects.requireNonNull(documentKind);
        Objects.requireNonNull(maskedKey);
        Objects.requireNonNull(outcome);
        code = code == null ? Optional.empty() : code;
        Objects.requireNonNull(lookupClass);
        Objects.requireNonNull(patientMessage);
        Objects.requireNonNull(staffMessage);
        override = override == null ? Optional.empty() : override;
        rerunOf = rerunOf == null ? Optional.empty() : rerunOf;
        supersededBy = supersededBy == null ? Optional.empty() : supersededBy;
        otherFacilityChecks = otherFacilityChecks == null ? List.of() : List.copyOf(otherFacilityChecks);
    }

    /** This lookup with {@code checks} as its checks by other facilities. */
    public LookupView withOtherFacilityChecks(List<RecentCheck> checks) {
        return new LookupView(id, at, kioskId, method, documentKind, maskedKey, outcome, code, lookupClass,
                patientMessage, staffMessage, millis, attempts, pending, override, rerunOf, supersededBy, checks);
    }

    /**
     * True when a receptionist may fix this lookup ({@code POST /api/v1/lookups/{id}/override}): it
     * was not replaced by a re-run, not accepted on a card nor marked fee-paying, and either did
     * not succeed (failed, or still pending) or belongs to a ticket whose chip identity failed
     * passive authentication ({@code identityTampered}) and was not re-run already. A re-run that
     * failed again may be fixed again.
     */
    public boolean fixable(boolean identityTampered) {
        if (supersededBy.isPresent()) {
            return false;
        }
        if (override.isPresent() && override.get().action() != LookupOverride.Action.RERUN) {
            return false;
        }
        if (pending || !lookupClass.isSuccess()) {
            return true;
        }
        return identityTampered && override.isEmpty();
    }
}
