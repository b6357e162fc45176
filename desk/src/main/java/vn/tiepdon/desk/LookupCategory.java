package vn.tiepdon.desk;

/** How a ticket's BHYT lookup looks at a glance on the desk: the colour of its row. */
public enum LookupCategory {
    /** Eligible: nothing to do. */
    OK,
    /** Eligible with a warning (card about to expire, other facility...): read the note. */
    WARNING,
    /** Not eligible, wrong data, set-up or gateway error: the receptionist must act. */
    FAILED,
    /** No lookup yet (or none needed). */
    NONE
}
