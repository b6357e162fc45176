package vn.tiepdon.core.api;

import java.util.Optional;

/**
 * {@code POST /api/v1/lookups/{id}/override}: a receptionist fixes a failed lookup, with a reason.
 * {@code RERUN} asks the gateway again with corrected values (any of {@code fullName},
 * {@code idNumber} (12-digit CCCD), {@code cardNumber} (BHYT), {@code dateOfBirth}
 * ({@code yyyy-MM-dd} or {@code yyyy})); {@code ACCEPT_PAPER_CARD} / {@code ACCEPT_VSSID} accept
 * the card shown (its number typed in {@code cardNumber}); {@code FEE_PAYING} marks the visit
 * fee-paying.
 */
public record LookupOverride(Action action, String reason, Optional<String> fullName, Optional<String> idNumber,
                             Optional<String> cardNumber, Optional<String> dateOfBirth) {
    /** What the receptionist does about the failed lookup. */
    public enum Action { RERUN, ACCEPT_PAPER_CARD, ACCEPT_VSSID, FEE_PAYING }

    public LookupOverride {
        FieldLimits.required("action", action);
        reason = reason == null ? "" : FieldLimits.check("reason", reason, FieldLimits.NOTE);
        fullName = FieldLimits.check("fullName", fullName, FieldLimits.NAME);
        idNumber = FieldLimits.check("idNumber", idNumber, FieldLimits.ID_NUMBER);
        cardNumber = FieldLimits.check("cardNumber", cardNumber, FieldLimits.ID_NUMBER);
        dateOfBirth = FieldLimits.check("dateOfBirth", dateOfBirth, FieldLimits.SHORT);
    }

    @Override
    public String toString() {
        return "LookupOverride[action=" + action + ", reason=" + reason.length() + " chars]";
    }
}
