package vn.tiepdon.server.lookups;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.eligibility.GatewayCard;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.identity.IdentityDocument;
import vn.tiepdon.core.identity.Sex;

/**
 * The patient's CCCD number, BHYT number and sex as the lookup log keeps them apart for the report
 * to BHXH ({@code lookups.cccd_number}, {@code bhyt_number}, {@code sex}): from what the kiosk read,
 * then completed from the gateway's answer card. Personal data: never logged.
 */
public record PatientNumbers(Optional<String> cccdNumber, Optional<String> bhytNumber, Optional<Sex> sex) {
    /** The full BHYT card number's length (a shorter one is the 10-digit social-insurance number). */
    static final int FULL_CARD_LENGTH = 15;

    public PatientNumbers {
        Objects.requireNonNull(cccdNumber);
        Objects.requireNonNull(bhytNumber);
        Objects.requireNonNull(sex);
    }

    public static PatientNumbers none() {
        return new PatientNumbers(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * What the identity presented carries: the chip and the CCCD QR give the CCCD number and sex,
     * a BHYT QR the card number and sex, a typed number what kind it is.
     */
    public static PatientNumbers of(IdentityDocument document) {
        return new PatientNumbers(document.idNumber().filter(PatientNumbers::isCccd),
                document.cardNumber().filter(n -> n.length() <= FULL_CARD_LENGTH), document.sex());
    }

    /**
     * What the gateway's answer card says ({@code maThe}, {@code gioiTinh} "Nam"/"Nữ"); nothing
     * for a lookup without an answer card.
     */
    public static PatientNumbers answeredBy(LookupOutcome outcome) {
        if (!(outcome instanceof LookupOutcome.Answered a) || a.card().isEmpty()) {
            return none();
        }
        GatewayCard card = a.card().get();
        return new PatientNumbers(Optional.empty(),
                card.cardNumber().map(String::trim).filter(n -> !n.isEmpty() && n.length() <= FULL_CARD_LENGTH
                        && !isCccd(n)),
                card.sex().flatMap(PatientNumbers::sexOf));
    }

    /** These numbers, each missing one taken from {@code other}. */
    public PatientNumbers or(PatientNumbers other) {
        return new PatientNumbers(cccdNumber.or(other::cccdNumber), bhytNumber.or(other::bhytNumber),
                sex.or(other::sex));
    }

    /** The gateway's {@code gioiTinh}: "Nam" or "Nữ" (any case, with or without the diacritic). */
    static Optional<Sex> sexOf(String text) {
        String t = Normalizer.normalize(text.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return switch (t) {
            case "nam" -> Optional.of(Sex.MALE);
            case "nu" -> Optional.of(Sex.FEMALE);
            default -> Optional.empty();
        };
    }

    private static boolean isCccd(String n) {
        return n.length() == 12 && n.chars().allMatch(Character::isDigit);
    }

    @Override
    public String toString() {
        return "PatientNumbers[cccd=" + cccdNumber.isPresent() + ", bhyt=" + bhytNumber.isPresent() + ", sex="
                + sex.orElse(null) + "]";
    }
}
