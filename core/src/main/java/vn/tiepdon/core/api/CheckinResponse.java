package vn.tiepdon.core.api;

import java.util.Objects;

/**
 * Server to kiosk: the ticket (always issued, even when the lookup failed) and what to tell the
 * patient, in Vietnamese ({@code instruction}) — for the screen and the printed slip.
 */
public record CheckinResponse(TicketView ticket, LookupView lookup, String instruction) {
    public CheckinResponse {
        Objects.requireNonNull(ticket);
        Objects.requireNonNull(lookup);
        Objects.requireNonNull(instruction);
    }
}
