package vn.tiepdon.server.queue;

import java.sql.Connection;
import java.sql.SQLException;
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
import vn.tiepdon.server.lookups.LookupViews;

/** Builds the staff view of a ticket: queue and counter names, the patient's name, its lookup. */
public final class TicketViews {
    private final HospitalSetup setup;
    private final LookupStore lookups;
    private final LookupViews lookupViews;

    /** With the lookups' own views ({@link LookupViews#plain()}). */
    public TicketViews(HospitalSetup setup, LookupStore lookups) {
        this(setup, lookups, LookupViews.plain());
    }

    /** @param lookupViews how a ticket's lookup is shown (with the card's checks by other facilities) */
    public TicketViews(HospitalSetup setup, LookupStore lookups, LookupViews lookupViews) {
        this.setup = setup;
        this.lookups = lookups;
        this.lookupViews = lookupViews;
    }

    /** The view of a ticket, reading its lookup in the caller's transaction. */
    public TicketView of(Connection c, Ticket t) throws SQLException {
        Optional<LookupView> lookup = Optional.empty();
        if (t.lookupId().isPresent()) {
            Optional<LookupRecord> record = lookups.find(c, t.lookupId().get());
            if (record.isPresent()) {
                lookup = Optional.of(lookupViews.of(c, record.get()));
            }
        }
        return of(t, lookup);
    }

    /**
     * The views of a day's tickets from a fixed number of queries (the tickets, the day's lookups,
     * their views' extras), not more per ticket.
     */
    public List<TicketView> ofDay(LocalDate day, List<Ticket> dayTickets) {
        Map<Long, LookupRecord> dayLookups = new HashMap<>();
        for (LookupRecord r : lookups.ofDay(day, false)) {
            dayLookups.put(r.id(), r);
        }
        List<LookupRecord> shown = new ArrayList<>();
        for (Ticket t : dayTickets) {
            t.lookupId().flatMap(id -> Optional.ofNullable(dayLookups.get(id)).or(() -> lookups.find(id)))
                    .ifPresent(shown::add);
        }
        Map<Long, LookupView> views = new HashMap<>();
        List<LookupView> built = lookupViews.of(shown);
        for (int i = 0; i < shown.size(); i++) {
            views.put(shown.get(i).id(), built.get(i));
        }
        List<TicketView> out = new ArrayList<>(dayTickets.size());
        for (Ticket t : dayTickets) {
            out.add(of(t, t.lookupId().map(views::get)));
        }
        return out;
    }

    public TicketView of(Ticket t, Optional<LookupView> lookup) {
        String queueName = setup.queue(t.queueId()).map(QueueDefinition::name).orElse(t.queueId());
        Optional<String> counterName = t.counterId().map(id -> setup.counter(id).map(CounterDefinition::name)
                .orElse(id));
        boolean priority = setup.queue(t.queueId()).map(QueueDefinition::priority).orElse(false);
        return new TicketView(t.id(), t.number(), t.queueId(), queueName, t.status(), t.issuedAt(), t.calledAt(),
                t.counterId(), counterName, t.patientName(), lookup, t.identityCheck(), priority, t.note(),
                t.targetCounterId(), t.clinic());
    }
}
