package vn.tiepdon.desk;

import java.util.Objects;
import vn.tiepdon.core.api.TicketView;

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

    /** True when the patient checked in with the CCCD chip (the ticket may have a portrait). */
    public boolean fromChip() {
        return ticket.identityCheck().isPresent();
    }

    /** True when the receptionist must fix something before serving this patient under BHYT. */
    public boolean needsAttention() {
        return lookup.category() == LookupCategory.FAILED;
    }
}
