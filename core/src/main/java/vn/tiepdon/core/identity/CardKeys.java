package vn.tiepdon.core.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks on a gateway card key ({@code maThe}) made before any request: whether it can be a
 * number at all, and whether it is a card the gateway never knows.
 */
public final class CardKeys {

    /** Registered facility of a newborn's temporary card. */
    public static final String TEMPORARY_FACILITY = "XX000";
    /** Card numbers of temporary newborn cards start with this. */
    public static final String TEMPORARY_PREFIX = "TE1";

    private CardKeys() {
    }

    /**
     * Why {@code key} cannot be a 12-digit CCCD number, a 10-digit social-insurance number or a
     * 15-character BHYT card number; empty when it can.
     */
    public static Optional<String> malformed(String key) {
        Objects.requireNonNull(key, "key");
        String value = key.trim().toUpperCase(Locale.ROOT);
        try {
            if (value.length() == CccdNumber.LENGTH && Digits.all(value)) {
                CccdNumber.parse(value, "CCCD number");
            } else {
                BhytCardNumber.parse(value, "card number");
            }
            return Optional.empty();
        } catch (Rejection e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * True for a newborn's temporary card: a number starting {@code TE1} registered at
     * {@code XX000}. Of one hospital's lookup errors with no card in the reply, nearly all were
     * these (../shared/reference/bhxh-gateway-2026.md); the gateway never knows them.
     */
    public static boolean temporaryNewbornCard(String key, Optional<String> registeredFacility) {
        Objects.requireNonNull(key, "key");
        return key.trim().toUpperCase(Locale.ROOT).startsWith(TEMPORARY_PREFIX)
                && registeredFacility.map(f -> f.trim().equalsIgnoreCase(TEMPORARY_FACILITY)).orElse(false);
    }
}
