package vn.tiepdon.bhxhsim;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.tiepdon.core.identity.PartialDate;
import vn.tiepdon.core.identity.Sex;
import vn.tiepdon.core.privacy.Masking;

/**
 * One insured person as the simulated gateway knows them.
 *
 * @param cccd               12-digit citizen identity number
 * @param fullName           name as on the card, with diacritics
 * @param dateOfBirth        birth date, or birth year only
 * @param sex                answered as "Nam"/"Nữ"
 * @param address            address as on the card
 * @param cardNumber         15-character BHYT card number: group code, benefit level 1–5, 2-digit
 *                           province, 10-digit BHXH number
 * @param registeredFacility 5-character code of the registered primary-care facility (maDKBD)
 * @param validFrom          card valid from
 * @param validTo            card valid to
 * @param fiveYearDate       date of five consecutive years of coverage, when known
 * @param status             the result code the gateway answers for this person once the name and
 *                           birth date match (000, 001, 002, 003, 004, 010, 110, 120–124, 130, …)
 * @param newCard            the card that replaced this one; required for status 003 and 004
 * @param hangs              true when this person's lookups never answer in time (the simulator
 *                           holds them for {@link SimSettings#hangMillis()})
 */
public record SimPerson(String cccd, String fullName, PartialDate dateOfBirth, Sex sex, String address,
                        String cardNumber, String registeredFacility, LocalDate validFrom, LocalDate validTo,
                        Optional<LocalDate> fiveYearDate, String status, Optional<NewCard> newCard, boolean hangs) {

    static final Pattern CCCD = Pattern.compile("\\d{12}");
    static final Pattern CARD = Pattern.compile("[A-Z]{2}[1-5]\\d{12}");
    static final Pattern FACILITY = Pattern.compile("[0-9A-Z]{5}");

    public SimPerson {
        Objects.requireNonNull(cccd, "cccd");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(registeredFacility, "registeredFacility");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(fiveYearDate, "fiveYearDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(newCard, "newCard");
        require(CCCD.matcher(cccd).matches(), "cccd must be 12 digits");
        require(!fullName.isBlank(), "fullName is blank");
        require(CARD.matcher(cardNumber).matches(), "cardNumber must be 2 letters, level 1-5 and 12 digits");
        require(FACILITY.matcher(registeredFacility).matches(), "registeredFacility must be 5 characters");
        require(!validTo.isBefore(validFrom), "validTo before validFrom");
        require(!status.isBlank(), "status is blank");
        require(newCard.isPresent() || !(status.equals("003") || status.equals("004")),
                "status " + status + " needs a new card");
        newCard.ifPresent(c -> require(c.cardNumber().endsWith(cardNumber.substring(5))
                        && !c.cardNumber().equals(cardNumber),
                "the new card must be a different card with the same BHXH number"));
    }

    /** The 10-digit BHXH number (mã số BHXH): the last 10 characters of the card number. */
    public String socialInsuranceNumber() {
        return cardNumber.substring(5);
    }

    /** The same person with their lookups held ({@code hangs}) or not. */
    public SimPerson withHangs(boolean value) {
        return new SimPerson(cccd, fullName, dateOfBirth, sex, address, cardNumber, registeredFacility, validFrom,
                validTo, fiveYearDate, status, newCard, value);
    }

    /** The card that replaced {@link #cardNumber()} (codes 003 and 004). */
    public record NewCard(String cardNumber, LocalDate validFrom, LocalDate validTo, String registeredFacility,
                          String registeredFacilityName) {
        public NewCard {
            Objects.requireNonNull(cardNumber, "cardNumber");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(validTo, "validTo");
            Objects.requireNonNull(registeredFacility, "registeredFacility");
            Objects.requireNonNull(registeredFacilityName, "registeredFacilityName");
            require(CARD.matcher(cardNumber).matches(), "new cardNumber must be 2 letters, level 1-5 and 12 digits");
            require(FACILITY.matcher(registeredFacility).matches(), "new registeredFacility must be 5 characters");
            require(!validTo.isBefore(validFrom), "new card validTo before validFrom");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Never shows the person's data: records end up in logs and assertion messages. */
    @Override
    public String toString() {
        return "SimPerson[card=" + Masking.number(cardNumber) + ", status=" + status
                + (hangs ? ", hangs" : "") + "]";
    }
}
