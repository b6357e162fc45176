package vn.tiepdon.devices.printing;

import java.util.Optional;

/**
 * The wire to an ESC/POS printer (TCP port 9100, a device node, a file). Carries bytes; knows
 * nothing about tickets.
 */
public interface PrinterChannel {

    /** Where the bytes go, for logs, e.g. {@code tcp://10.0.0.5:9100} or {@code file:/dev/usb/lp0}. */
    String destination();

    /**
     * Sends one print job. A channel that can read the printer's status checks it first and sends
     * nothing when the printer cannot print. Never throws for printer trouble.
     */
    PrintResult send(byte[] job);

    /** Asks the printer how it is, for a health check; empty when this channel cannot read back. */
    default Optional<PrinterStatus> status() {
        return Optional.empty();
    }
}
