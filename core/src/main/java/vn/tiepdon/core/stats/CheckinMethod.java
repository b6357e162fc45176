package vn.tiepdon.core.stats;

import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;

/**
 * How the patient identified, as the success statistics and the BHXH report split it: the chip,
 * the QR of the CCCD, the QR of the BHYT card (paper or VssID), the VNeID app's QR, or a typed
 * number. A lookup log row keeps {@link IdentificationMethod} and {@link DocumentKind}; this is
 * derived from the two.
 */
public enum CheckinMethod {
    CHIP,
    CCCD_QR,
    BHYT_QR,
    /**
     * The VNeID app's QR ({@link DocumentKind#VNEID_QR}): told apart from the card's front QR when
     * its field 7 is the expiry date (a date after today). A VNeID QR whose field 7 is the issue
     * date is the same text as the card's QR, cannot be told apart, and counts under
     * {@link #CCCD_QR}.
     */
    VNEID,
    TYPED;

    /** The method of a logged lookup. */
    public static CheckinMethod of(IdentificationMethod method, DocumentKind kind) {
        if (method == IdentificationMethod.CHIP || kind == DocumentKind.CCCD_CHIP) {
            return CHIP;
        }
        if (method == IdentificationMethod.TYPED) {
            return TYPED;
        }
        return switch (kind) {
            // the 2024 Căn cước card's QR is the card's QR too
            case CCCD_QR, CAN_CUOC_QR -> CCCD_QR;
            case VNEID_QR -> VNEID;
            case BHYT_QR -> BHYT_QR;
            case COVID_QR, TICKET_QR -> throw new IllegalArgumentException(
                    kind + " is refused at check-in and never logged as a lookup");
            // a bare number read by the scanner (a barcode, a QR holding only the number)
            case CCCD_NUMBER, BHYT_NUMBER, CCCD_CHIP -> TYPED;
        };
    }
}
