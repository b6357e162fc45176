package vn.tiepdon.desk;

import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.queue.TicketStatus;

/** One ticket as a row on the desk: the ticket, who it belongs to, and its lookup at a glance. */
public record DeskTicket(TicketView ticket, String who, LookupStatus lookup) {
    public DeskTicket {
        Objects.requireNonNull(ticket);
        Objects.requireNonNull(who);
        Objects.requireNonNull(lookup);
    }

    static DeskTicket of(TicketView ticket, DeskMessages m) {
        return new DeskTicket(ticket, ticket.patientName().filter(n -> !n.isBlank()).orElse(m.text("who.unknown")),
                LookupStatus.of(ticket, m));
    }

    public long id() {
        return ticket.id();
    }

    public String number() {
        return ticket.number();
    }

    public TicketStatus status() {
        return ticket.status();
    }

    /** True when the patient checked in with the CCCD chip (the ticket may have a portrait). */
    public boolean fromChip() {
        return ticket.identityCheck().isPresent();
    }

    /** True when the receptionist must fix something before serving this patient under BHYT. */
    public boolean needsAttention() {
        return lookup.category() == LookupCategory.FAILED;
    }

    /**
     * The ticket's BHYT lookup when it failed (not eligible, wrong data, set-up or gateway error):
     * the one the receptionist fixes with an override.
     */
    public Optional<LookupView> lookupToFix() {
        return ticket.lookup().filter(l -> !l.lookupClass().isSuccess());
    }

    /**
     * True while the patient is still in the building and the lookup needs fixing: waiting, at a
     * counter or parked (not served, not skipped).
     */
    public boolean onTheFixList() {
        return lookupToFix().isPresent() && (status() == TicketStatus.WAITING || status() == TicketStatus.CALLED
                || status() == TicketStatus.PARKED);
    }

    /** What the desk that transferred the ticket wrote for the receiving desk. */
    public Optional<String> note() {
        return ticket.note().filter(n -> !n.isBlank());
    }

    /** True when the ticket was transferred to counter {@code counterId} (only it calls the ticket). */
    public boolean reservedFor(String counterId) {
        return ticket.targetCounterId().filter(counterId::equals).isPresent();
    }

    /** True when the ticket is at (called, parked or skipped by) counter {@code counterId}. */
    public boolean at(String counterId) {
        return ticket.counterId().filter(counterId::equals).isPresent();
    }
}
