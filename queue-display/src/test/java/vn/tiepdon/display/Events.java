package vn.tiepdon.display;

import java.time.Instant;
import java.util.Optional;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.queue.TicketStatus;

/** Sample events for the display tests. */
final class Events {
    static final Instant MORNING = Instant.parse("2026-11-23T01:00:00Z");

    private Events() {
    }

    static ReceptionEvent called(long eventId, long ticketId, String number, String counterId) {
        return event(eventId, ReceptionEvent.TICKET_CALLED, ticket(ticketId, number, "bhyt", counterId,
                Optional.of("Quầy " + counterId)));
    }

    static ReceptionEvent recalled(long eventId, long ticketId, String number, String counterId) {
        return event(eventId, ReceptionEvent.TICKET_RECALLED, ticket(ticketId, number, "bhyt", counterId,
                Optional.of("Quầy " + counterId)));
    }

    static ReceptionEvent event(long eventId, String type, TicketView ticket) {
        return new ReceptionEvent(eventId, type, MORNING.plusSeconds(eventId), ticket);
    }

    static TicketView ticket(long id, String number, String queueId, String counterId, Optional<String> counterName) {
        return new TicketView(id, number, queueId, "Khám BHYT", TicketStatus.CALLED, MORNING,
                Optional.of(MORNING.plusSeconds(id)), Optional.of(counterId), counterName,
                Optional.of("Nguyễn Văn An"), Optional.empty());
    }
}
