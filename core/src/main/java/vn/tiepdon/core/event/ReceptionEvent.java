package vn.tiepdon.core.event;

import java.time.Instant;
import java.util.Objects;
import vn.tiepdon.core.api.TicketView;

/**
 * One state change as staff see it, pushed to desks over server-sent events
 * ({@code GET /api/v1/events}). {@code id} increases strictly, so a subscriber that reconnects asks
 * for what it missed ({@code Last-Event-ID}).
 */
public record ReceptionEvent(long id, EventType type, Instant at, TicketView ticket) {
    public ReceptionEvent {
        Objects.requireNonNull(type);
        Objects.requireNonNull(at);
        Objects.requireNonNull(ticket);
    }
}
