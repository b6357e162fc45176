package vn.tiepdon.display;

import java.time.Instant;
import java.util.Optional;
import vn.tiepdon.core.api.HallCall;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.core.queue.TicketStatus;

/** Sample hall events (as {@code GET /api/v1/events/hall} carries them) for the display tests. */
final class Events {
    static final Instant MORNING = Instant.parse("2026-11-23T01:00:00Z");

    private Events() {
    }

    static HallEvent called(long eventId, long ticketId, String number, String counterId) {
        return event(eventId, EventType.TICKET_CALLED, ticket(ticketId, number, "bhyt", counterId,
                Optional.of("Quầy " + counterId)));
    }

    static HallEvent recalled(long eventId, long ticketId, String number, String counterId) {
        return event(eventId, EventType.TICKET_RECALLED, ticket(ticketId, number, "bhyt", counterId,
                Optional.of("Quầy " + counterId)));
    }

    static HallEvent event(long eventId, EventType type, HallCall call) {
        return new HallEvent(eventId, type, MORNING.plusSeconds(eventId), call);
    }

    /** A called ticket of a queue without the priority mark. */
    static HallCall ticket(long id, String number, String queueId, String counterId, Optional<String> counterName) {
        return ticket(id, number, queueId, counterId, counterName, false);
    }

    /** A called ticket; {@code priority}: the server marks tickets of priority queues. */
    static HallCall ticket(long id, String number, String queueId, String counterId, Optional<String> counterName,
                           boolean priority) {
        return new HallCall(id, number, queueId, "Khám BHYT", TicketStatus.CALLED,
                Optional.of(MORNING.plusSeconds(id)), Optional.of(counterId), counterName, priority);
    }
}
