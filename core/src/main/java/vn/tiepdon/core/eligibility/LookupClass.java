package vn.tiepdon.core.eligibility;

/** What a BHYT lookup means for the patient and the counter, whatever code the gateway used. */
public enum LookupClass {
    ELIGIBLE,
    ELIGIBLE_WITH_WARNING,
    NOT_ELIGIBLE,
    /** Name, birth date or number wrong: the receptionist can correct and re-run. */
    FIXABLE_DATA_ERROR,
    /** The hospital's own gateway set-up is wrong (staff account, IP): the admin must act. */
    SETUP_ERROR,
    /** No usable answer: gateway down, timed out, or answered something we cannot read. */
    GATEWAY_ERROR,
    /**
     * A card the gateway never knows, so it was not asked: a temporary newborn card ({@code TE1…}
     * registered at {@code XX000}). The receptionist checks the birth certificate or paper card.
     */
    TEMPORARY_CARD;

    /** True when the patient may be served under BHYT without a fix at the desk. */
    public boolean isSuccess() {
        return this == ELIGIBLE || this == ELIGIBLE_WITH_WARNING;
    }
}
