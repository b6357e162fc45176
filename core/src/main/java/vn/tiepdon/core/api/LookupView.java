package vn.tiepdon.core.api;

import java.time.Instant;
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
 */
public record LookupView(long id, Instant at, String kioskId, IdentificationMethod method,
                         DocumentKind documentKind, String maskedKey, OutcomeKind outcome, Optional<String> code, LookupClass lookupClass,
                         String patientMessage, String staffMessage, long millis, int attempts, boolean pending) {

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
    }
}
