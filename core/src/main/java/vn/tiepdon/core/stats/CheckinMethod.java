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
     * The VNeID app's QR. Not yet told apart from the CCCD's QR by the parser (its own kind comes
     * with the kiosk's QR kinds); until then such check-ins count under {@link #CCCD_QR}.
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
            case CCCD_QR -> CCCD_QR;
            case BHYT_QR -> BHYT_QR;
            // a bare number read by the scanner (a barcode, a QR holding only the number)
            case CCCD_NUMBER, BHYT_NUMBER, CCCD_CHIP -> TYPED;
        };
    }
}
