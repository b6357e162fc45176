package vn.tiepdon.server.eligibility;

/**
 * Who is asking the gateway. The account's request budget is shared in this order: background
 * retries are the first to be held back, a receptionist's lookup next, a kiosk's last (a patient is
 * standing there).
 */
public enum GatewayCaller {
    /** A patient checking in at a kiosk. */
    KIOSK,
    /** A receptionist's re-run or a visit history asked at the desk. */
    DESK,
    /** The server retrying a pending lookup. */
    BACKGROUND
}
