package vn.tiepdon.core.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.identity.IdentityCheck;

/**
 * A queue ticket. {@code number} is what the patient sees and hears ({@code A001}); it is unique
 * per queue per service day, {@code id} is unique forever. {@code patientName} (staff only) is the
 * name read or confirmed at check-in; {@code identityCheck} says how a chip identity was verified.
 */
public record Ticket(long id, String number, String queueId, LocalDate serviceDay, int sequence,
                     TicketStatus status, Instant issuedAt, Optional<Instant> calledAt,
                     Optional<String> counterId, Optional<Long> lookupId, String kioskId,
                     Optional<String> patientName, Optional<IdentityCheck> identityCheck) {
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
        Objects.requireNonNull(patientName);
        Objects.requireNonNull(identityCheck);
    }

    public Ticket called(String counter, Instant at) {
        return new Ticket(id, number, queueId, serviceDay, sequence, TicketStatus.CALLED, issuedAt,
                Optional.of(at), Optional.of(counter), lookupId, kioskId, patientName, identityCheck);
    }

    public Ticket withStatus(TicketStatus newStatus) {
        return new Ticket(id, number, queueId, serviceDay, sequence, newStatus, issuedAt, calledAt,
                counterId, lookupId, kioskId, patientName, identityCheck);
    }

    /** This ticket with the patient's name, when it had none (a late lookup answer brought it). */
    public Ticket withNameIfMissing(Optional<String> name) {
        return new Ticket(id, number, queueId, serviceDay, sequence, status, issuedAt, calledAt,
                counterId, lookupId, kioskId, patientName.or(() -> name), identityCheck);
    }
}
