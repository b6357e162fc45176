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
 * {@code orderKey} is its place in the queue (lower is called first: its id, or lower when it was
 * returned to the front); {@code recalls} how many times its counter called it again;
 * {@code note} and {@code targetCounterId} come with a transfer; {@code clinic} is the clinic the
 * patient chose at the kiosk (its room is printed on the slip).
 */
public record Ticket(long id, String number, String queueId, LocalDate serviceDay, int sequence,
                     TicketStatus status, Instant issuedAt, Optional<Instant> calledAt,
                     Optional<String> counterId, Optional<Long> lookupId, String kioskId,
                     Optional<String> patientName, Optional<IdentityCheck> identityCheck, long orderKey, int recalls,
                     Optional<String> note, Optional<String> targetCounterId, Optional<Clinic> clinic) {
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
        Objects.requireNonNull(note);
        Objects.requireNonNull(targetCounterId);
        Objects.requireNonNull(clinic);
    }

    /** A new ticket: its place in the queue is its id (issue order), never recalled or transferred. */
    public Ticket(long id, String number, String queueId, LocalDate serviceDay, int sequence, TicketStatus status,
                  Instant issuedAt, Optional<Instant> calledAt, Optional<String> counterId, Optional<Long> lookupId,
                  String kioskId, Optional<String> patientName, Optional<IdentityCheck> identityCheck) {
        this(id, number, queueId, serviceDay, sequence, status, issuedAt, calledAt, counterId, lookupId, kioskId,
                patientName, identityCheck, id, 0, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Ticket called(String counter, Instant at) {
        return new Ticket(id, number, queueId, serviceDay, sequence, TicketStatus.CALLED, issuedAt,
                Optional.of(at), Optional.of(counter), lookupId, kioskId, patientName, identityCheck, orderKey, recalls,
                note, targetCounterId, clinic);
    }

    public Ticket withStatus(TicketStatus newStatus) {
        return new Ticket(id, number, queueId, serviceDay, sequence, newStatus, issuedAt, calledAt,
                counterId, lookupId, kioskId, patientName, identityCheck, orderKey, recalls, note, targetCounterId,
                clinic);
    }

    /** This ticket with the patient's name, when it had none (a late lookup answer brought it). */
    public Ticket withNameIfMissing(Optional<String> name) {
        return new Ticket(id, number, queueId, serviceDay, sequence, status, issuedAt, calledAt,
                counterId, lookupId, kioskId, patientName.or(() -> name), identityCheck, orderKey, recalls, note,
                targetCounterId, clinic);
    }

    /** This ticket waiting in {@code queue} (a move the patient chose at the kiosk), with {@code note}. */
    public Ticket movedTo(String queue, Optional<String> newNote) {
        return new Ticket(id, number, queue, serviceDay, sequence, TicketStatus.WAITING, issuedAt, calledAt,
                Optional.empty(), lookupId, kioskId, patientName, identityCheck, orderKey, recalls, newNote,
                Optional.empty(), clinic);
    }

    /** True while the ticket is (or was last) at {@code counter}: its counter id is that counter. */
    public boolean atCounter(String counter) {
        return counterId.filter(counter::equals).isPresent();
    }
}
