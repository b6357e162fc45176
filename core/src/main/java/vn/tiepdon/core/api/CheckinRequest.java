package vn.tiepdon.core.api;

import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.identity.IdentificationMethod;

/**
 * Kiosk to server: {@code POST /api/v1/checkins}. {@code code} is the raw scanned or typed text;
 * the server parses it again. {@code birthYear} is asked on the keypad when only a number was
 * typed. {@code queueId} empty: the server picks the queue from the lookup.
 */
public record CheckinRequest(String kioskId, IdentificationMethod method, String code,
                             Optional<Integer> birthYear, Optional<String> queueId) {
    public CheckinRequest {
        Objects.requireNonNull(kioskId);
        Objects.requireNonNull(method);
        Objects.requireNonNull(code);
        birthYear = birthYear == null ? Optional.empty() : birthYear;
        queueId = queueId == null ? Optional.empty() : queueId;
    }
}
