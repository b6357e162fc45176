package vn.tiepdon.devices.printing;

import vn.tiepdon.core.printing.TicketSlip;

/** Prints a queue ticket. Never throws for printer trouble: the result says what happened. */
public interface TicketPrinter {
    PrintResult print(TicketSlip slip);

    /** Where the bytes go, for logs and the demo output (e.g. {@code tcp://10.0.0.5:9100}). */
    String destination();
}
