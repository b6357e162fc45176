package vn.tiepdon.core.identity;

/**
 * What a patient presented, as recognised from a scanned or typed code. Names are part of the
 * {@code parse} JSON contract (and are stored in the lookup log, at most 16 characters): add
 * kinds, never rename. How the QR kinds are told apart: {@link QrClassifier}.
 */
public enum DocumentKind {
    /** The QR on the front of a chip CCCD (2021 card): 6, 7 or 8 pipe-separated fields. */
    CCCD_QR,
    /**
     * The QR of a BHYT card: paper card or the VssID app (15 fields ending in {@code $}). The two
     * carry the same text, so they are one kind.
     */
    BHYT_QR,
    /** A bare 12-digit CCCD number, typed or scanned. */
    CCCD_NUMBER,
    /** A bare BHYT number: the 10-digit social insurance number or the 15-character card number. */
    BHYT_NUMBER,
    /** Read from the CCCD chip (DG1 + DG13). */
    CCCD_CHIP,
    /**
     * The VNeID app's identity QR ("Mã QR định danh"): the CCCD pipe text whose field 7 is the
     * card's expiry date (a date after today). A VNeID QR whose field 7 is an issue date is the
     * very same text as a card's front QR and is recognised as {@link #CCCD_QR}.
     */
    VNEID_QR,
    /**
     * The QR on the back of the 2024 Căn cước card: the CCCD fields first, then more fields whose
     * layout is not published (kept as {@code unknownFields}, never interpreted).
     */
    CAN_CUOC_QR,
    /**
     * The COVID-era personal QR ("Mã QR cá nhân", QĐ 1405/QĐ-BTTTT, 2021). Recognised to be
     * refused: it is not an identity document for a check-in. Never in a recognised document.
     */
    COVID_QR,
    /**
     * The QR printed on the hospital's own queue ticket ({@link TicketQr}). Recognised to be
     * refused as an identity: the kiosk shows that ticket's status. Never in a recognised document.
     */
    TICKET_QR
}
