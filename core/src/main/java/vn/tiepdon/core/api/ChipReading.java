package vn.tiepdon.core.api;

import java.util.Objects;
import java.util.Optional;

/**
 * What a kiosk read from a CCCD chip (DG1 + DG13) and how far it could trust it, sent with a
 * {@code CHIP} check-in. Dates are {@code yyyy-MM-dd}; {@code sex} is {@code MALE}/{@code FEMALE}.
 * {@code passiveAuth} is the verdict of passive authentication: {@code VALID},
 * {@code UNTRUSTED_CHAIN} (no CSCA configured: accepted, shown as such), {@code HASH_MISMATCH}
 * (data altered), {@code SIGNATURE_INVALID} or {@code CHAIN_INVALID} (signed by no trusted CSCA); {@code access} is {@code BAC} or {@code PACE}.
 */
public record ChipReading(String idNumber, Optional<String> oldIdNumber, String fullName, String dateOfBirth,
                          Optional<String> sex, Optional<String> address, Optional<String> issueDate,
                          Optional<String> expiryDate, String passiveAuth, String access) {
    public ChipReading {
        Objects.requireNonNull(idNumber);
        oldIdNumber = oldIdNumber == null ? Optional.empty() : oldIdNumber;
        Objects.requireNonNull(fullName);
        Objects.requireNonNull(dateOfBirth);
        sex = sex == null ? Optional.empty() : sex;
        address = address == null ? Optional.empty() : address;
        issueDate = issueDate == null ? Optional.empty() : issueDate;
        expiryDate = expiryDate == null ? Optional.empty() : expiryDate;
        Objects.requireNonNull(passiveAuth);
        Objects.requireNonNull(access);
    }

    /** True when the chip's data cannot be trusted: the receptionist must check the card. */
    public boolean tampered() {
        return "HASH_MISMATCH".equals(passiveAuth) || "SIGNATURE_INVALID".equals(passiveAuth)
                || "CHAIN_INVALID".equals(passiveAuth);
    }
}
