package vn.tiepdon.core.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A BHYT card number: either the 15-character form (2-letter group code, benefit level 1-5,
 * 2-digit province code, 10-digit social insurance number) or the 10-digit social insurance
 * number alone, as printed on new-format cards.
 */
record BhytCardNumber(String value, Optional<String> groupCode, OptionalInt benefitLevel,
                      Optional<String> provinceCode, String socialInsuranceNumber) {

    static final int SHORT_LENGTH = 10;
    static final int FULL_LENGTH = 15;

    /**
     * Validates {@code text} (case-insensitive letters).
     *
     * @param context the start of every rejection reason, e.g. {@code "BHYT number"}
     */
    static BhytCardNumber parse(String text, String context) throws Rejection {
        String value = text.toUpperCase(Locale.ROOT);
        if (value.length() == SHORT_LENGTH) {
            if (!Digits.all(value)) {
                throw new Rejection(context + ": a 10-character number must be all digits");
            }
            return new BhytCardNumber(value, Optional.empty(), OptionalInt.empty(), Optional.empty(), value);
        }
        if (value.length() != FULL_LENGTH) {
            throw new Rejection(context + ": expected 10 digits or 15 characters, got " + value.length());
        }
        String group = value.substring(0, 2);
        if (!isAsciiLetters(group)) {
            throw new Rejection(context + ": characters 1-2 (group code) must be letters");
        }
        if (!BhytGroupCodes.isKnown(group)) {
            throw new Rejection(context + ": unknown group code " + group);
        }
        char level = value.charAt(2);
        if (!Digits.isDigit(level)) {
            throw new Rejection(context + ": character 3 (benefit level) must be a digit");
        }
        if (level < '1' || level > '5') {
            throw new Rejection(context + ": benefit level " + level + " is not 1-5");
        }
        String province = value.substring(3, 5);
        if (!Digits.all(province)) {
            throw new Rejection(context + ": characters 4-5 (province code) must be digits");
        }
        if (!ProvinceCodes.isOnBhytCard(province)) {
            throw new Rejection(context + ": unknown province code " + province);
        }
        String socialInsuranceNumber = value.substring(5);
        if (!Digits.all(socialInsuranceNumber)) {
            throw new Rejection(context + ": characters 6-15 (social insurance number) must be digits");
        }
        return new BhytCardNumber(value, Optional.of(group), OptionalInt.of(level - '0'),
                Optional.of(province), socialInsuranceNumber);
    }

    /** Sets cardNumber, benefitLevel, provinceCode and socialInsuranceNumber. */
    IdentityDocument.Builder fill(IdentityDocument.Builder builder) {
        builder.cardNumber(value).socialInsuranceNumber(socialInsuranceNumber);
        benefitLevel.ifPresent(builder::benefitLevel);
        provinceCode.ifPresent(builder::provinceCode);
        return builder;
    }

    private static boolean isAsciiLetters(String s) {
        return s.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }
}
