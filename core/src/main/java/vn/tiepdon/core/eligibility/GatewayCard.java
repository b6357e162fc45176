package vn.tiepdon.core.eligibility;

import java.util.Objects;
import java.util.Optional;

/**
 * The card fields the gateway returned, as the gateway wrote them (dates {@code dd/MM/yyyy}),
 * empty strings turned into empty optionals. {@code newCard} is set for codes 003/004.
 */
public record GatewayCard(
        Optional<String> cardNumber,
        Optional<String> fullName,
        Optional<String> dateOfBirth,
        Optional<String> sex,
        Optional<String> address,
        Optional<String> registeredFacility,
        Optional<String> validFrom,
        Optional<String> validTo,
        Optional<String> fiveYearDate,
        Optional<String> socialInsuranceNumber,
        Optional<String> areaCode,
        Optional<NewCard> newCard) {

    public GatewayCard {
        Objects.requireNonNull(cardNumber);
        Objects.requireNonNull(fullName);
        Objects.requireNonNull(dateOfBirth);
        Objects.requireNonNull(sex);
        Objects.requireNonNull(address);
        Objects.requireNonNull(registeredFacility);
        Objects.requireNonNull(validFrom);
        Objects.requireNonNull(validTo);
        Objects.requireNonNull(fiveYearDate);
        Objects.requireNonNull(socialInsuranceNumber);
        Objects.requireNonNull(areaCode);
        Objects.requireNonNull(newCard);
    }

    /** The card that replaced the one looked up (codes 003/004). */
    public record NewCard(String cardNumber, Optional<String> validFrom, Optional<String> validTo,
                          Optional<String> registeredFacility, Optional<String> registeredFacilityName) {
        public NewCard {
            Objects.requireNonNull(cardNumber);
            Objects.requireNonNull(validFrom);
            Objects.requireNonNull(validTo);
            Objects.requireNonNull(registeredFacility);
            Objects.requireNonNull(registeredFacilityName);
        }
    }
}
