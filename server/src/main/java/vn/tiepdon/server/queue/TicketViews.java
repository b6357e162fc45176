package vn.tiepdon.server.queue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.core.queue.Ticket;
import vn.tiepdon.server.HospitalSetup;
import vn.tiepdon.server.lookups.LookupRecord;
import vn.tiepdon.server.lookups.LookupStore;

/** Builds the API view of a ticket: queue and counter names, the patient's name, its lookup. */
public final class TicketViews {
    private final HospitalSetup setup;
    private final TicketStore tickets;
    private final LookupStore lookups;

    public TicketViews(HospitalSetup setup, TicketStore tickets, LookupStore lookups) {
        this.setup = setup;
        this.tickets = tickets;
        this.lookups = lookups;
    }

    public TicketView of(Ticket t) {
        Optional<LookupView> lookup = t.lookupId().flatMap(lookups::find).map(LookupRecord::toView);
        TicketStore.StaffDetails staff = tickets.staffDetails(t.id());
        return of(t, staff.patientName(), lookup, staff.identityCheck());
    }

    /**
     * The views of a day's tickets from three queries (tickets, the day's lookups, the staff
     * details), not two more per ticket.
     */
    public List<TicketView> ofDay(LocalDate day, List<Ticket> dayTickets) {
        Map<Long, LookupRecord> dayLookups = new HashMap<>();
        for (LookupRecord r : lookups.ofDay(day, false)) {
            dayLookups.put(r.id(), r);
        }
        Map<Long, TicketStore.StaffDetails> staff = tickets.staffDetailsOfDay(day);
        List<TicketView> out = new ArrayList<>(dayTickets.size());
        for (Ticket t : dayTickets) {
            Optional<LookupView> lookup = t.lookupId()
                    .flatMap(id -> Optional.ofNullable(dayLookups.get(id)).or(() -> lookups.find(id)))
                    .map(LookupRecord::toView);
            TicketStore.StaffDetails details = staff.containsKey(t.id()) ? staff.get(t.id())
                    : tickets.staffDetails(t.id());
            out.add(of(t, details.patientName(), lookup, details.identityCheck()));
        }
        return out;
    }

    public TicketView of(Ticket t, Optional<String> patientName, Optional<LookupView> lookup) {
        return of(t, patientName, lookup, Optional.empty());
    }

    public TicketView of(Ticket t, Optional<String> patientName, Optional<LookupView> lookup,
                         Optional<String> identityCheck) {
        String queueName = setup.queue(t.queueId()).map(QueueDefinition::name).orElse(t.queueId());
        Optional<String> counterName = t.counterId().map(id -> setup.counter(id).map(CounterDefinition::name)
                .orElse(id));
        return new TicketView(t.id(), t.number(), t.queueId(), queueName, t.status(), t.issuedAt(), t.calledAt(),
                t.counterId(), counterName, patientName, lookup, identityCheck);
    }
}
