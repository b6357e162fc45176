package vn.tiepdon.core.identity;

/** What the last date of a CCCD-layout QR (field 7 of the 7-field text) turned out to be. */
public enum QrDateMeaning {
    /** The card's issue date: not after today (the card's front QR always; a VNeID QR sometimes). */
    ISSUE_DATE,
    /** The card's expiry date: after today, which an issue date cannot be (a VNeID QR). */
    EXPIRY_DATE
}
