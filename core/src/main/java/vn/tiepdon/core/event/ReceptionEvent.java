package vn.tiepdon.core.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.api.TicketView;

/**
 * One state change as staff see it, pushed to desks over server-sent events
 * ({@code GET /api/v1/events}). {@code id} increases strictly, so a subscriber that reconnects asks
 * for what it missed ({@code Last-Event-ID}). A ticket event carries the ticket as it now stands;
 * a counter event ({@code counter.paused}, {@code counter.resumed}) carries the counter.
 */
public record ReceptionEvent(long id, EventType type, Instant at, Optional<TicketView> ticket,
                             Optional<CounterView> counter) {
    public ReceptionEvent {
        Objects.requireNonNull(type);
        Objects.requireNonNull(at);
        ticket = ticket == null ? Optional.empty() : ticket;
        counter = counter == null ? Optional.empty() : counter;
        if (ticket.isEmpty() && counter.isEmpty()) {
            throw new IllegalArgumentException("an event is about a ticket or a counter");
        }
    }

    /** A ticket event. */
    public ReceptionEvent(long id, EventType type, Instant at, TicketView ticket) {
        this(id, type, at, Optional.of(ticket), Optional.empty());
    }
}
