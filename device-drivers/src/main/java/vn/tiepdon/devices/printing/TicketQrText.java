package vn.tiepdon.devices.printing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The text of the QR printed on a ticket: {@code TIEPDON:TICKET:<service day>:<number>}, e.g.
 * {@code TIEPDON:TICKET:2026-11-23:A001}. No personal data: the day and the number find the ticket.
 * Kept here, small and alone, so that it can be replaced by core's ticket-QR format when that exists.
 */
public final class TicketQrText {

    /** What every ticket QR starts with. */
    public static final String PREFIX = "TIEPDON:TICKET:";

    private TicketQrText() {
    }

    /** The QR text of ticket {@code number} of {@code serviceDay}. */
    public static String of(LocalDate serviceDay, String number) {
        Objects.requireNonNull(serviceDay);
        if (number == null || number.isBlank() || number.contains(":")) {
            throw new IllegalArgumentException("a ticket number must be non-blank without ':', was '" + number + "'");
        }
        return PREFIX + serviceDay + ":" + number.strip();
    }
}
