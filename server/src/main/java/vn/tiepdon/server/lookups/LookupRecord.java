package vn.tiepdon.server.lookups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.core.eligibility.ResultCodes;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.privacy.Masking;

/**
 * One row of the lookup log: what was asked, how the patient was identified, and what came back.
 * A failed one keeps what a report to BHXH needs (number, name, birth date, code, time).
 * {@code outcome}, {@code code}, {@code lookupClass}, the messages, {@code millis} (of the latest
 * lookup call) and {@code attempts} (every request sent, background retries included) are the
 * latest outcome: the final one once {@code pending} is false. A pending lookup is being retried in
 * the background; its view says so to the patient and the desk.
 *
 * <p>{@code fix}: what a receptionist did about it (see {@link LookupView}); {@code supersededBy}
 * the lookup a re-run replaced it with, {@code rerunOf} the lookup this re-run replaced.
 */
public record LookupRecord(long id, Instant at, LocalDate serviceDay, String kioskId,
                           IdentificationMethod method, DocumentKind documentKind, String cardKey,
                           Optional<String> fullName, Optional<String> dateOfBirth, OutcomeKind outcome,
                           Optional<String> code, LookupClass lookupClass, Optional<String> detail, String patientMessage, String staffMessage,
                           long millis, int attempts, boolean pending, Optional<Fix> fix, Optional<Long> supersededBy,
                           Optional<Long> rerunOf) {

    /**
     * A receptionist's override as stored: {@code cardNumber} is the whole number typed when a
     * card was accepted (personal data: views and logs show it masked).
     */
    public record Fix(LookupOverride.Action action, String actor, Instant at, String reason,
                      Optional<String> cardNumber) {
        public Fix {
            Objects.requireNonNull(action);
            Objects.requireNonNull(actor);
            Objects.requireNonNull(at);
            Objects.requireNonNull(reason);
            Objects.requireNonNull(cardNumber);
        }

        @Override
        public String toString() {
            return "Fix[" + action + " by " + actor + " at " + at + ", reason " + reason.length() + " chars"
                    + cardNumber.map(n -> ", card " + Masking.number(n)).orElse("") + "]";
        }

        LookupView.StaffOverride toView() {
            return new LookupView.StaffOverride(action, actor, at, Masking.numbersIn(reason),
                    cardNumber.map(Masking::number));
        }
    }

    /** A lookup nobody overrode. */
    public LookupRecord(long id, Instant at, LocalDate serviceDay, String kioskId, IdentificationMethod method,
                        DocumentKind documentKind, String cardKey, Optional<String> fullName,
                        Optional<String> dateOfBirth, OutcomeKind outcome, Optional<String> code,
                        LookupClass lookupClass, Optional<String> detail, String patientMessage, String staffMessage,
                        long millis, int attempts, boolean pending) {
        this(id, at, serviceDay, kioskId, method, documentKind, cardKey, fullName, dateOfBirth, outcome, code,
                lookupClass, detail, patientMessage, staffMessage, millis, attempts, pending, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public LookupRecord {
        Objects.requireNonNull(at);
        Objects.requireNonNull(serviceDay);
        Objects.requireNonNull(kioskId);
        Objects.requireNonNull(method);
        Objects.requireNonNull(documentKind);
        Objects.requireNonNull(cardKey);
        Objects.requireNonNull(fullName);
        Objects.requireNonNull(dateOfBirth);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(code);
        Objects.requireNonNull(lookupClass);
        Objects.requireNonNull(detail);
        Objects.requireNonNull(patientMessage);
        Objects.requireNonNull(staffMessage);
        Objects.requireNonNull(fix);
        Objects.requireNonNull(supersededBy);
        Objects.requireNonNull(rerunOf);
    }

    /** A new (unsaved, id 0) record of {@code outcome}, pending or not. */
    public static LookupRecord of(Instant at, LocalDate serviceDay, String kioskId, IdentificationMethod method,
                                  DocumentKind kind, String cardKey, Optional<String> fullName,
                                  Optional<String> dateOfBirth, LookupOutcome outcome, boolean pending) {
        if (outcome instanceof LookupOutcome.Answered a) {
            return new LookupRecord(0, at, serviceDay, kioskId, method, kind, cardKey, fullName, dateOfBirth,
                    OutcomeKind.ANSWERED, Optional.of(a.code()), a.lookupClass(), Optional.empty(),
                    a.patientMessage(), a.staffMessage(), a.millis(), a.attempts(), pending);
        }
        LookupOutcome.NoAnswer n = (LookupOutcome.NoAnswer) outcome;
        return new LookupRecord(0, at, serviceDay, kioskId, method, kind, cardKey, fullName, dateOfBirth,
                OutcomeKind.noAnswer(n.reason()), Optional.empty(), n.lookupClass(), Optional.of(n.detail()), n.patientMessage(), n.staffMessage(), n.millis(), n.attempts(), pending);
    }

    public LookupRecord withId(long newId) {
        return new LookupRecord(newId, at, serviceDay, kioskId, method, documentKind, cardKey, fullName,
                dateOfBirth, outcome, code, lookupClass, detail, patientMessage, staffMessage,
                millis, attempts, pending, fix, supersededBy, rerunOf);
    }

    /** This (unsaved) lookup as the re-run of {@code original}, made by {@code rerun}. */
    public LookupRecord asRerunOf(long original, Fix rerun) {
        return new LookupRecord(id, at, serviceDay, kioskId, method, documentKind, cardKey, fullName,
                dateOfBirth, outcome, code, lookupClass, detail, patientMessage, staffMessage,
                millis, attempts, pending, Optional.of(rerun), supersededBy, Optional.of(original));
    }

    /**
     * True when a receptionist settled this lookup: it was re-run (replaced by another) or accepted
     * on a card or marked fee-paying. A background retry no longer changes it.
     */
    public boolean settledByStaff() {
        return supersededBy.isPresent()
                || fix.filter(f -> f.action() != LookupOverride.Action.RERUN).isPresent();
    }

    /** This lookup with the outcome of a later call (same patient, same request); attempts unchanged. */
    public LookupRecord withOutcome(LookupOutcome later) {
        LookupRecord r = of(at, serviceDay, kioskId, method, documentKind, cardKey, fullName, dateOfBirth, later,
                pending);
        return new LookupRecord(id, at, serviceDay, kioskId, method, documentKind, cardKey, fullName, dateOfBirth,
                r.outcome(), r.code(), r.lookupClass(), r.detail(), r.patientMessage(),
                r.staffMessage(), r.millis(), attempts, pending, fix, supersededBy, rerunOf);
    }

    /**
     * The API view: the card or CCCD number masked; a pending lookup tells the patient the result is
     * awaited and the desk that it is being retried.
     */
    public LookupView toView() {
        return new LookupView(id, at, kioskId, method, documentKind, Masking.number(cardKey), outcome, code,
                lookupClass,
                pending ? ResultCodes.pendingPatientMessage() : patientMessage,
                pending ? staffMessage + ResultCodes.pendingStaffNote() : staffMessage, millis, attempts, pending,
                fix.map(Fix::toView), rerunOf, supersededBy);
    }
}
