package vn.tiepdon.core.eligibility;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The card fields the gateway returned, as the gateway wrote them (dates {@code dd/MM/yyyy}),
 * empty strings turned into empty optionals. {@code newCard} is set for codes 003/004.
 * {@code checks}: the gateway's log of checks of this card by facilities ({@code dsLichSuKT2018}),
 * ours included, as listed (see {@link ConcurrentVisits} for what they mean at reception).
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
        Optional<NewCard> newCard,
        List<Check> checks) {

    /** An answer without a check log. */
    public GatewayCard(Optional<String> cardNumber, Optional<String> fullName, Optional<String> dateOfBirth,
                       Optional<String> sex, Optional<String> address, Optional<String> registeredFacility,
                       Optional<String> validFrom, Optional<String> validTo, Optional<String> fiveYearDate,
                       Optional<String> socialInsuranceNumber, Optional<String> areaCode,
                       Optional<NewCard> newCard) {
        this(cardNumber, fullName, dateOfBirth, sex, address, registeredFacility, validFrom, validTo, fiveYearDate,
                socialInsuranceNumber, areaCode, newCard, List.of());
    }

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
        checks = checks == null ? List.of() : List.copyOf(checks);
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

    /**
     * One check of the card as the gateway logged it ({@code dsLichSuKT2018}): the account that
     * checked ({@code userKT}, e.g. {@code 01999_BV}), when ({@code thoiGianKT},
     * {@code yyyyMMddHHmm}, local time), the message it got ({@code thongBao}) and its code
     * ({@code maLoi}), as written.
     */
    public record Check(String checkedBy, String checkedAt, Optional<String> message, Optional<String> code) {
        private static final Pattern FACILITY = Pattern.compile("^(\\d{5})(?![0-9])");

        public Check {
            Objects.requireNonNull(checkedBy);
            Objects.requireNonNull(checkedAt);
            message = message == null ? Optional.empty() : message;
            code = code == null ? Optional.empty() : code;
        }

        /** The 5-digit facility code the account starts with ({@code 01999_BV} → {@code 01999}). */
        public Optional<String> facilityCode() {
            Matcher m = FACILITY.matcher(checkedBy.trim());
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }

        /** {@code checkedAt} read as {@code yyyyMMddHHmm} (local time); empty when it is not that. */
        public Optional<LocalDateTime> time() {
            return GatewayTimes.minute(checkedAt);
        }
    }
}
