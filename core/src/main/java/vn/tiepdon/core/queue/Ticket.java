package vn.tiepdon.core.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A queue ticket. {@code number} is what the patient sees and hears ({@code A001}); it is unique
 * per queue per service day, {@code id} is unique forever.
 */
public record Ticket(long id, String number, String queueId, LocalDate serviceDay, int sequence,
                     TicketStatus status, Instant issuedAt, Optional<Instant> calledAt,
                     Optional<String> counterId, Optional<Long> lookupId, String kioskId) {
    public Ticket {
        Objects.requireNonNull(number);
        Objects.requireNonNull(queueId);
        Objects.requireNonNull(serviceDay);
        Objects.requireNonNull(status);
        Objects.requireNonNull(issuedAt);
        Objects.requireNonNull(calledAt);
        Objects.requireNonNull(counterId);
        Objects.requireNonNull(lookupId);
        Objects.requireNonNull(kioskId);
    }

    public Ticket called(String counter, Instant at) {
        return new Ticket(id, number, queueId, serviceDay, sequence, TicketStatus.CALLED, issuedAt,
                Optional.of(at), Optional.of(counter), lookupId, kioskId);
    }

    public Ticket withStatus(TicketStatus newStatus) {
        return new Ticket(id, number, queueId, serviceDay, sequence, newStatus, issuedAt, calledAt,
                counterId, lookupId, kioskId);
    }
}
