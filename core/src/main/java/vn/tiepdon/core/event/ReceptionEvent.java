package vn.tiepdon.core.event;

import java.time.Instant;
import java.util.Objects;
import vn.tiepdon.core.api.TicketView;

/**
 * One state change, pushed to displays and desks over server-sent events. {@code id} increases
 * strictly, so a subscriber that reconnects asks for what it missed ({@code Last-Event-ID}).
 */
public record ReceptionEvent(long id, String type, Instant at, TicketView ticket) {
    public static final String TICKET_ISSUED = "ticket.issued";
    public static final String TICKET_CALLED = "ticket.called";
    public static final String TICKET_RECALLED = "ticket.recalled";
    public static final String TICKET_SKIPPED = "ticket.skipped";
    public static final String TICKET_FINISHED = "ticket.finished";
    public static final String LOOKUP_COMPLETED = "lookup.completed";

    public ReceptionEvent {
        Objects.requireNonNull(type);
        Objects.requireNonNull(at);
        Objects.requireNonNull(ticket);
    }
}
