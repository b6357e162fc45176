package vn.tiepdon.core.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.OutcomeKind;

/**
 * One request sent to the gateway for a lookup, with what it sent and what came back: the proof of
 * a failed lookup ({@code GET /api/v1/lookups/{id}/attempts}, admins). Holds personal data.
 *
 * @param caller     {@code KIOSK}, {@code DESK} or {@code BACKGROUND}, when known
 * @param sent       exactly what was sent, when kept
 * @param received   what came back, when a response did
 */
public record LookupAttemptView(long lookupId, int attempt, Instant at, boolean background, Optional<String> caller,
                                OutcomeKind outcome, Optional<String> code, LookupClass lookupClass, long millis,
                                Optional<Sent> sent, Optional<Received> received) {
    public LookupAttemptView {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(lookupClass, "lookupClass");
        caller = caller == null ? Optional.empty() : caller;
        code = code == null ? Optional.empty() : code;
        sent = sent == null ? Optional.empty() : sent;
        received = received == null ? Optional.empty() : received;
    }

    /** {@code maThe}, {@code hoTen}, {@code ngaySinh} as sent, the facility account and {@code hoTenCb}. */
    public record Sent(String cardKey, String fullName, String birthDate, String account, String staffName) {
    }

    /** HTTP status, body length and the gateway's {@code ghiChu}. */
    public record Received(int httpStatus, long bytes, Optional<String> message) {
        public Received {
            message = message == null ? Optional.empty() : message;
        }
    }
}
