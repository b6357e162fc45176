package vn.tiepdon.core.queue;

/** Where a ticket stands in its day. */
public enum TicketStatus {
    /** In its queue, waiting to be called. */
    WAITING,
    /** Called to a counter (the counter's current ticket until finished, skipped or postponed). */
    CALLED,
    /** Parked by a counter (e.g. the patient went to fetch a paper); returns to the queue later. */
    PARKED,
    /** Served and done. */
    SERVED,
    /** Did not come when called (no-show); can be brought back. */
    SKIPPED
}
