package vn.tiepdon.core.eligibility;

import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.identity.PartialDate;

/**
 * What the gateway is asked: {@code maThe} (BHYT number of 10 or 15 characters, or a 12-digit
 * CCCD number), the full name and the birth date. Name and birth date are empty when the patient
 * typed only a number and the hospital has never seen them.
 *
 * @param registeredFacility the registered facility printed on the card (BHYT QR), when known: it
 *                           is not sent, but tells a newborn's temporary card ({@code XX000})
 */
public record LookupRequest(String cardKey, Optional<String> fullName, Optional<PartialDate> dateOfBirth,
                            Optional<String> registeredFacility) {
    public LookupRequest {
        Objects.requireNonNull(cardKey);
        Objects.requireNonNull(fullName);
        Objects.requireNonNull(dateOfBirth);
        Objects.requireNonNull(registeredFacility);
    }

    /** A request whose card's registered facility is not known. */
    public LookupRequest(String cardKey, Optional<String> fullName, Optional<PartialDate> dateOfBirth) {
        this(cardKey, fullName, dateOfBirth, Optional.empty());
    }
}
