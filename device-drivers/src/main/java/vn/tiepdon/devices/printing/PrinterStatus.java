package vn.tiepdon.devices.printing;

/** What a printer said when asked with {@code DLE EOT} (or that it could not be asked). */
public enum PrinterStatus {
    /** Paper present, cover closed. */
    READY,
    /** The roll is nearly used up: still prints, someone should change it soon. */
    PAPER_NEAR_END,
    /** No paper: nothing can be printed. */
    PAPER_OUT,
    /** The cover is open: nothing can be printed. */
    COVER_OPEN,
    /**
     * Connected, but no usable answer within the timeout (many printers never answer status
     * requests): printing is attempted anyway.
     */
    UNKNOWN,
    /** Could not reach the printer. */
    OFFLINE
}
