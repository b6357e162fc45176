package vn.tiepdon.core.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.queue.TicketStatus;

/**
 * A ticket as the hall boards see it: its number, queue, counter and whether it is a priority
 * ticket. Never a name or an identity: boards hang where everyone can read them.
 */
public record HallCall(long ticketId, String number, String queueId, String queueName, TicketStatus status,
                       Optional<Instant> calledAt, Optional<String> counterId, Optional<String> counterName,
                       boolean priority) {
    public HallCall {
        Objects.requireNonNull(number);
        Objects.requireNonNull(queueId);
        Objects.requireNonNull(queueName);
        Objects.requireNonNull(status);
        calledAt = calledAt == null ? Optional.empty() : calledAt;
        counterId = counterId == null ? Optional.empty() : counterId;
        counterName = counterName == null ? Optional.empty() : counterName;
    }

    /** The hall's view of a staff ticket view: everything personal left out. */
    public static HallCall of(TicketView ticket, boolean priority) {
        return new HallCall(ticket.id(), ticket.number(), ticket.queueId(), ticket.queueName(), ticket.status(),
                ticket.calledAt(), ticket.counterId(), ticket.counterName(), priority);
    }
}
