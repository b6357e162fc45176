package vn.tiepdon.core.identity;

/** What a patient presented, as recognised from a scanned or typed code. Names are part of the {@code parse} JSON contract. */
public enum DocumentKind {
    /** The QR on the front of a chip CCCD (7 pipe-separated fields). */
    CCCD_QR,
    /** The QR of a BHYT card: paper card or the VssID app (15 fields ending in {@code $}). */
    BHYT_QR,
    /** A bare 12-digit CCCD number, typed or scanned. */
    CCCD_NUMBER,
    /** A bare BHYT number: the 10-digit social insurance number or the 15-character card number. */
    BHYT_NUMBER,
    /** Read from the CCCD chip (DG1 + DG13). */
    CCCD_CHIP
}
