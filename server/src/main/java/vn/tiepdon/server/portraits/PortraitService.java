package vn.tiepdon.server.portraits;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.queue.Ticket;
import vn.tiepdon.server.queue.TicketStore;

/**
 * The chip portrait of a ticket: the kiosk hands it over after printing, the desk shows it beside
 * the called ticket. Stored under the ticket's service day, so it is purged with that day. Logs
 * name the ticket and the size only, never the image.
 */
public final class PortraitService {
    private static final Logger LOG = LoggerFactory.getLogger(PortraitService.class);
    private final TicketStore tickets;
    private final PortraitStore portraits;
    private final Clock clock;

    public PortraitService(TicketStore tickets, PortraitStore portraits, Clock clock) {
        this.tickets = Objects.requireNonNull(tickets);
        this.portraits = Objects.requireNonNull(portraits);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Stores (or replaces) the portrait of a ticket; {@link UnknownTicketException} when no such ticket. */
    public void store(long ticketId, Portrait portrait) {
        Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new UnknownTicketException(ticketId));
        portraits.put(ticketId, ticket.serviceDay(), portrait, clock.instant());
        LOG.info("Portrait stored for ticket {} (id {}): {}, {} bytes", ticket.number(), ticketId,
                portrait.contentType(), portrait.image().length);
    }

    /** True when the ticket exists and was issued by {@code kioskId}. */
    public boolean issuedBy(long ticketId, String kioskId) {
        return tickets.find(ticketId).map(t -> t.kioskId().equals(kioskId)).orElse(false);
    }

    /** The portrait of a ticket, when it has one. */
    public Optional<Portrait> of(long ticketId) {
        return portraits.get(ticketId);
    }
}
