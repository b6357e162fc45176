package vn.tiepdon.server.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.queue.CallOrder;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.core.queue.Ticket;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.server.HospitalSetup;
import vn.tiepdon.server.events.EventLog;

/** The queue engine: issue numbers, and the counter verbs (next, recall, skip, finish). */
public final class QueueService {
    private static final Logger log = LoggerFactory.getLogger(QueueService.class);
    private static final int CLAIM_ATTEMPTS = 5;
    private final HospitalSetup setup;
    private final TicketStore tickets;
    private final TicketViews views;
    private final EventLog events;
    private final Clock clock;

    public QueueService(HospitalSetup setup, TicketStore tickets, TicketViews views, EventLog events, Clock clock) {
        this.setup = setup;
        this.tickets = tickets;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /** Today in the hospital's time zone. */
    public LocalDate serviceDay() {
        return LocalDate.now(clock.withZone(setup.zone()));
    }

    /** Issues the next ticket of {@code queue}; the caller publishes it (it knows the lookup). */
    public Ticket issue(QueueDefinition queue, String kioskId, Optional<Long> lookupId, Optional<String> patientName) {
        return issue(queue, kioskId, lookupId, patientName, Optional.empty());
    }

    /** Issues the next ticket, recording how the patient's identity was verified (chip check-ins). */
    public Ticket issue(QueueDefinition queue, String kioskId, Optional<Long> lookupId, Optional<String> patientName,
                        Optional<String> identityCheck) {
        Ticket t = tickets.issue(serviceDay(), queue.id(), queue.prefix(), kioskId, lookupId, patientName,
                identityCheck,
                clock.instant());
        log.info("Ticket {} issued id={} queue={} kiosk={}", t.number(), t.id(), queue.id(), kioskId);
        return t;
    }

    public List<TicketView> today(Optional<TicketStatus> status) {
        LocalDate day = serviceDay();
        return views.ofDay(day, tickets.ofDay(day, status));
    }

    /**
     * Calls the next waiting ticket to {@code counterId}. The counter's current ticket, if any, is
     * finished first (served).
     */
    public Optional<TicketView> callNext(String counterId) {
        CounterDefinition counter = counter(counterId);
        finish(counterId);
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            List<Ticket> waiting = tickets.ofDay(serviceDay(), Optional.of(TicketStatus.WAITING));
            Optional<Ticket> next = CallOrder.next(counter, waiting);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            if (tickets.claim(next.get().id(), counterId, now)) {
                Ticket called = next.get().called(counterId, now);
                log.info("Ticket {} called to counter {}", called.number(), counterId);
                return Optional.of(publish(ReceptionEvent.TICKET_CALLED, called));
            }
        }
        log.warn("Counter {} lost {} races for the next ticket in a row", counterId, CLAIM_ATTEMPTS);
        return Optional.empty();
    }

    public Optional<TicketView> recall(String counterId) {
        counter(counterId);
        return tickets.currentAt(serviceDay(), counterId)
                .map(t -> publish(ReceptionEvent.TICKET_RECALLED, t));
    }

    public Optional<TicketView> skip(String counterId) {
        return close(counterId, TicketStatus.SKIPPED, ReceptionEvent.TICKET_SKIPPED);
    }

    public Optional<TicketView> finish(String counterId) {
        return close(counterId, TicketStatus.SERVED, ReceptionEvent.TICKET_FINISHED);
    }

    private Optional<TicketView> close(String counterId, TicketStatus status, String eventType) {
        counter(counterId);
        Optional<Ticket> current = tickets.currentAt(serviceDay(), counterId);
        if (current.isEmpty() || !tickets.close(current.get().id(), status, clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(publish(eventType, current.get().withStatus(status)));
    }

    /** Publishes an event about {@code t} and returns the view published. */
    public TicketView publish(String type, Ticket t) {
        TicketView view = views.of(t);
        events.append(type, view, clock.instant());
        return view;
    }

    private CounterDefinition counter(String counterId) {
        return setup.counter(counterId).orElseThrow(() -> new UnknownCounterException(counterId));
    }
}
