package vn.tiepdon.core.api;

import java.util.Optional;
import vn.tiepdon.core.identity.AccessMethod;
import vn.tiepdon.core.identity.PassiveAuthReport;
import vn.tiepdon.core.identity.Sex;

/**
 * What a kiosk read from a CCCD chip (DG1 + DG13) and how far it could trust it, sent with a
 * {@code CHIP} check-in. Dates are {@code yyyy-MM-dd}; {@code sex} is {@code MALE}/{@code FEMALE}.
 * {@code passiveAuth} is the verdict of passive authentication: {@code VALID},
 * {@code UNTRUSTED_CHAIN} (no CSCA configured: accepted, shown as such), {@code HASH_MISMATCH}
 * (data altered), {@code SIGNATURE_INVALID} or {@code CHAIN_INVALID} (signed by no trusted
 * CSCA); {@code access} is {@code BAC} or {@code PACE}.
 */
public record ChipReading(String idNumber, Optional<String> oldIdNumber, String fullName, String dateOfBirth,
                          Optional<Sex> sex, Optional<String> address, Optional<String> issueDate,
                          Optional<String> expiryDate, PassiveAuthReport.Verdict passiveAuth,
                          AccessMethod access) {
    public ChipReading {
        FieldLimits.required("chip.idNumber", idNumber, FieldLimits.ID_NUMBER);
        oldIdNumber = FieldLimits.check("chip.oldIdNumber", oldIdNumber, FieldLimits.ID_NUMBER);
        FieldLimits.required("chip.fullName", fullName, FieldLimits.NAME);
        FieldLimits.required("chip.dateOfBirth", dateOfBirth, FieldLimits.SHORT);
        sex = sex == null ? Optional.empty() : sex;
        address = FieldLimits.check("chip.address", address, FieldLimits.ADDRESS);
        issueDate = FieldLimits.check("chip.issueDate", issueDate, FieldLimits.SHORT);
        expiryDate = FieldLimits.check("chip.expiryDate", expiryDate, FieldLimits.SHORT);
        FieldLimits.required("chip.passiveAuth", passiveAuth);
        FieldLimits.required("chip.access", access);
    }

    /** True when the chip's data cannot be trusted: the receptionist must check the card. */
    public boolean tampered() {
        return !passiveAuth.accepted();
    }
}
