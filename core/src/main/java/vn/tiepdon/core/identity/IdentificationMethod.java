package vn.tiepdon.core.identity;

/** How the kiosk (or the desk) got the identity: the lookup statistics are split by this. */
public enum IdentificationMethod {
    /** CCCD chip on the card reader. */
    CHIP,
    /** A QR code scanned: CCCD front, BHYT card, VssID. */
    QR,
    /** Digits typed on the kiosk keypad or at the desk. */
    TYPED
}
