package vn.tiepdon.core.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.api.GatewayNotice;
import vn.tiepdon.core.api.TicketView;

/**
 * One state change as staff see it, pushed to desks over server-sent events
 * ({@code GET /api/v1/events}). {@code id} increases strictly, so a subscriber that reconnects asks
 * for what it missed ({@code Last-Event-ID}). A ticket event carries the ticket as it now stands;
 * a counter event ({@code counter.paused}, {@code counter.resumed}) carries the counter; a gateway
 * event ({@code gateway.stopped}, {@code gateway.outage.started}…) carries a {@link GatewayNotice}.
 */
public record ReceptionEvent(long id, EventType type, Instant at, Optional<TicketView> ticket,
                             Optional<CounterView> counter, Optional<GatewayNotice> gateway) {
    public ReceptionEvent {
        Objects.requireNonNull(type);
        Objects.requireNonNull(at);
        ticket = ticket == null ? Optional.empty() : ticket;
        counter = counter == null ? Optional.empty() : counter;
        gateway = gateway == null ? Optional.empty() : gateway;
        if (ticket.isEmpty() && counter.isEmpty() && gateway.isEmpty()) {
            throw new IllegalArgumentException("an event is about a ticket, a counter or the gateway");
        }
    }

    /** A ticket or counter event. */
    public ReceptionEvent(long id, EventType type, Instant at, Optional<TicketView> ticket,
                          Optional<CounterView> counter) {
        this(id, type, at, ticket, counter, Optional.empty());
    }

    /** A gateway event. */
    public ReceptionEvent(long id, EventType type, Instant at, GatewayNotice gateway) {
        this(id, type, at, Optional.empty(), Optional.empty(), Optional.of(gateway));
    }

    /** A ticket event. */
    public ReceptionEvent(long id, EventType type, Instant at, TicketView ticket) {
        this(id, type, at, Optional.of(ticket), Optional.empty());
    }
}
