package vn.tiepdon.core.stats;

import vn.tiepdon.core.eligibility.LookupClass;

/**
 * Where one check-in's lookup counts. One check-in is one lookup, however many requests it took
 * (the kiosk's tries and the background retries update the same lookup), counted by its final
 * outcome before any receptionist's help: a re-run from the desk replaces nothing in these counts
 * (it is an override, counted apart).
 */
public enum LookupCategory {
    /**
     * Answered: the gateway said something definite about the card: eligible (with or without a
     * warning) or not eligible (an expired, revoked or reduced card is a real answer), but not
     * {@code 050}, which says the national data has no such card.
     */
    SUCCEEDED,
    /**
     * Failed: no definite answer about the card, and no longer retried: the gateway did not answer
     * or answered something unreadable, or its answer shows the national data is missing or
     * wrong (050 no such card; name, birth date, number or format errors), or the hospital's own account is refused, or the
     * card could not be asked (a temporary newborn card, a malformed number). These are the rows of
     * the report for BHXH.
     */
    FAILED,
    /** Still being retried in the background: no final outcome yet. */
    PENDING;

    /** The code by which the gateway says it has no data for the card (050 "Không có thông tin thẻ"). */
    public static final String NO_CARD_DATA = "050";

    /**
     * The category of a lookup with this class and code (the gateway's {@code maKetQua}, empty when
     * it gave none), pending or final. Code {@code 050} is classed NOT_ELIGIBLE for the patient, but
     * it says the national data has no such card: a gateway failure here, a row for BHXH.
     */
    public static LookupCategory of(LookupClass lookupClass, java.util.Optional<String> code, boolean pending) {
        if (pending) {
            return PENDING;
        }
        if (code.isPresent() && code.get().equals(NO_CARD_DATA)) {
            return FAILED;
        }
        return switch (lookupClass) {
            case ELIGIBLE, ELIGIBLE_WITH_WARNING, NOT_ELIGIBLE -> SUCCEEDED;
            case FIXABLE_DATA_ERROR, SETUP_ERROR, GATEWAY_ERROR, TEMPORARY_CARD -> FAILED;
        };
    }
}
