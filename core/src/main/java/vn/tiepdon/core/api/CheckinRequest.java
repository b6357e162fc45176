package vn.tiepdon.core.api;

import java.util.Optional;
import vn.tiepdon.core.identity.IdentificationMethod;

/**
 * Kiosk to server: {@code POST /api/v1/checkins}. {@code code} is the raw scanned or typed text;
 * the server parses it again. {@code birthYear} is asked on the keypad when only a number was
 * typed. {@code queueId} empty: the server picks the queue from the lookup. A {@code CHIP}
 * check-in carries what the chip gave in {@code chip} and the 12-digit number in {@code code}.
 * {@code clinicId}: the clinic (specialty) the patient chose on the kiosk's registration screen; the
 * ticket keeps it and its room, and waits in the clinic's queue unless {@code queueId} names one (or
 * the patient's age gives priority).
 */
public record CheckinRequest(String kioskId, IdentificationMethod method, String code,
                             Optional<Integer> birthYear, Optional<String> queueId, Optional<ChipReading> chip,
                             Optional<String> clinicId) {
    public CheckinRequest {
        FieldLimits.required("kioskId", kioskId, FieldLimits.DEVICE_ID);
        FieldLimits.required("method", method);
        FieldLimits.required("code", code, FieldLimits.CODE);
        birthYear = birthYear == null ? Optional.empty() : birthYear;
        queueId = FieldLimits.check("queueId", queueId, FieldLimits.QUEUE_ID);
        chip = chip == null ? Optional.empty() : chip;
        clinicId = FieldLimits.check("clinicId", clinicId, FieldLimits.CLINIC_ID);
    }

    /** A check-in without a clinic. */
    public CheckinRequest(String kioskId, IdentificationMethod method, String code, Optional<Integer> birthYear,
                          Optional<String> queueId, Optional<ChipReading> chip) {
        this(kioskId, method, code, birthYear, queueId, chip, Optional.empty());
    }

    /** This check-in for the queue {@code queue} (empty: the server picks) and the clinic {@code clinic}. */
    public CheckinRequest choosing(Optional<String> queue, Optional<String> clinic) {
        return new CheckinRequest(kioskId, method, code, birthYear, queue, chip, clinic);
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
