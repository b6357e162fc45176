package vn.tiepdon.core.eligibility;

import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.identity.PartialDate;

/**
 * What the gateway is asked: {@code maThe} (BHYT number of 10 or 15 characters, or a 12-digit
 * CCCD number), the full name and the birth date. Name and birth date are empty when the patient
 * typed only a number and the hospital has never seen them.
 */
public record LookupRequest(String cardKey, Optional<String> fullName, Optional<PartialDate> dateOfBirth) {
    public LookupRequest {
        Objects.requireNonNull(cardKey);
        Objects.requireNonNull(fullName);
        Objects.requireNonNull(dateOfBirth);
    }
}
