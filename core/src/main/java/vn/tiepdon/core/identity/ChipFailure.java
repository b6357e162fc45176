package vn.tiepdon.core.identity;

/**
 * Why a chip read failed, with an English description for logs. What the kiosk tells the patient
 * is {@code chip.failure.<NAME>} in the kiosk's bundles. Names are part of the {@code read-card}
 * error line.
 */
public enum ChipFailure {
    READER_UNAVAILABLE("no card reader matches the configured name, or the reader was unplugged"),
    NO_CARD("no card on the reader"),
    CARD_REMOVED("the card left the reader during the read"),
    NO_KEY("no access key: the chip needs the ID, the birth date and the issue or expiry date"),
    WRONG_KEY("the chip refused every access key tried"),
    UNSUPPORTED_CARD("the card has no eMRTD application"),
    MALFORMED_DATA("a file on the chip is truncated or malformed");

    private final String description;

    ChipFailure(String description) {
        this.description = description;
    }

    /** English, for logs. */
    public String description() {
        return description;
    }
}
