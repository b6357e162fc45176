package vn.tiepdon.core.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.identity.IdentityCheck;
import vn.tiepdon.core.queue.Clinic;
import vn.tiepdon.core.queue.TicketStatus;

/**
 * A ticket as desks and displays see it. {@code patientName} is shown to staff only.
 * {@code identityCheck} says how the patient's identity was verified when it was read from the
 * CCCD chip: {@code CHIP_VALID}, {@code CHIP_UNTRUSTED_CHAIN}, or — the receptionist must check
 * the card — {@code CHIP_HASH_MISMATCH}, {@code CHIP_SIGNATURE_INVALID}, {@code CHIP_CHAIN_INVALID}.
 * {@code priority}: the ticket is in a priority queue (elderly, young children, a receptionist's
 * mark). {@code note}: what the desk that transferred it wrote for the receiving desk;
 * {@code targetCounterId}: the one counter that calls it, when it was transferred to a counter.
 * {@code clinic}: the clinic (specialty) the patient chose at the kiosk, with the room printed on
 * the slip.
 */
public record TicketView(long id, String number, String queueId, String queueName, TicketStatus status,
                         Instant issuedAt, Optional<Instant> calledAt, Optional<String> counterId,
                         Optional<String> counterName, Optional<String> patientName,
                         Optional<LookupView> lookup, Optional<IdentityCheck> identityCheck, boolean priority,
                         Optional<String> note, Optional<String> targetCounterId, Optional<Clinic> clinic) {
    public TicketView {
        Objects.requireNonNull(number);
        Objects.requireNonNull(queueId);
        Objects.requireNonNull(queueName);
        Objects.requireNonNull(status);
        Objects.requireNonNull(issuedAt);
        calledAt = calledAt == null ? Optional.empty() : calledAt;
        counterId = counterId == null ? Optional.empty() : counterId;
        counterName = counterName == null ? Optional.empty() : counterName;
        patientName = patientName == null ? Optional.empty() : patientName;
        lookup = lookup == null ? Optional.empty() : lookup;
        identityCheck = identityCheck == null ? Optional.empty() : identityCheck;
        note = note == null ? Optional.empty() : note;
        targetCounterId = targetCounterId == null ? Optional.empty() : targetCounterId;
        clinic = clinic == null ? Optional.empty() : clinic;
    }

    /** A ticket without a clinic chosen at the kiosk. */
    public TicketView(long id, String number, String queueId, String queueName, TicketStatus status,
                      Instant issuedAt, Optional<Instant> calledAt, Optional<String> counterId,
                      Optional<String> counterName, Optional<String> patientName,
                      Optional<LookupView> lookup, Optional<IdentityCheck> identityCheck, boolean priority,
                      Optional<String> note, Optional<String> targetCounterId) {
        this(id, number, queueId, queueName, status, issuedAt, calledAt, counterId, counterName, patientName, lookup,
                identityCheck, priority, note, targetCounterId, Optional.empty());
    }

    /** A ticket in an ordinary queue, never transferred. */
    public TicketView(long id, String number, String queueId, String queueName, TicketStatus status,
                      Instant issuedAt, Optional<Instant> calledAt, Optional<String> counterId,
                      Optional<String> counterName, Optional<String> patientName, Optional<LookupView> lookup,
                      Optional<IdentityCheck> identityCheck) {
        this(id, number, queueId, queueName, status, issuedAt, calledAt, counterId, counterName, patientName, lookup,
                identityCheck, false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A ticket whose identity was not read from a chip. */
    public TicketView(long id, String number, String queueId, String queueName, TicketStatus status,
                      Instant issuedAt, Optional<Instant> calledAt, Optional<String> counterId,
                      Optional<String> counterName, Optional<String> patientName, Optional<LookupView> lookup) {
        this(id, number, queueId, queueName, status, issuedAt, calledAt, counterId, counterName, patientName, lookup,
                Optional.empty());
    }

    /**
     * True when the receptionist may fix this ticket's lookup (re-run, accept a card, mark
     * fee-paying): see {@link LookupView#fixable}.
     */
    public boolean lookupFixable() {
        return lookup.map(l -> l.fixable(identityTampered())).orElse(false);
    }

    /** True when the chip's data failed passive authentication: the receptionist must check the card. */
    public boolean identityTampered() {
        return identityCheck.map(IdentityCheck::tampered).orElse(false);
    }
}
