package vn.tiepdon.core.api;

import java.util.Optional;
import vn.tiepdon.core.identity.IdentificationMethod;

/**
 * Kiosk to server: {@code POST /api/v1/checkins}. {@code code} is the raw scanned or typed text;
 * the server parses it again. {@code birthYear} is asked on the keypad when only a number was
 * typed. {@code queueId} empty: the server picks the queue from the lookup. A {@code CHIP}
 * check-in carries what the chip gave in {@code chip} and the 12-digit number in {@code code}.
 */
public record CheckinRequest(String kioskId, IdentificationMethod method, String code,
                             Optional<Integer> birthYear, Optional<String> queueId, Optional<ChipReading> chip) {
    public CheckinRequest {
        FieldLimits.required("kioskId", kioskId, FieldLimits.DEVICE_ID);
        FieldLimits.required("method", method);
        FieldLimits.required("code", code, FieldLimits.CODE);
        birthYear = birthYear == null ? Optional.empty() : birthYear;
        queueId = FieldLimits.check("queueId", queueId, FieldLimits.QUEUE_ID);
        chip = chip == null ? Optional.empty() : chip;
    }

    /** A scanned or typed check-in (no chip). */
    public CheckinRequest(String kioskId, IdentificationMethod method, String code, Optional<Integer> birthYear,
                          Optional<String> queueId) {
        this(kioskId, method, code, birthYear, queueId, Optional.empty());
    }

    /** A chip check-in. */
    public static CheckinRequest fromChip(String kioskId, ChipReading chip, Optional<String> queueId) {
        return new CheckinRequest(kioskId, IdentificationMethod.CHIP, chip.idNumber(), Optional.empty(), queueId,
                Optional.of(chip));
    }
}
