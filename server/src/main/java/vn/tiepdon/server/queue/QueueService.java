package vn.tiepdon.server.queue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.queue.CallOrder;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.Ticket;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.server.HospitalSetup;
import vn.tiepdon.server.events.EventLog;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;
import vn.tiepdon.server.storage.Tx;

/**
 * The queue engine: the counter verbs. Each verb changes its tickets and stores their events in
 * one transaction, so a desk or display never misses a change that happened, and never hears of
 * one that did not.
 */
public final class QueueService {
    private static final Logger log = LoggerFactory.getLogger(QueueService.class);
    private static final int CLAIM_ATTEMPTS = 5;
    private final Database db;
    private final HospitalSetup setup;
    private final TicketStore tickets;
    private final TicketViews views;
    private final EventLog events;
    private final Clock clock;

    public QueueService(Database db, HospitalSetup setup, TicketStore tickets, TicketViews views, EventLog events,
                        Clock clock) {
        this.db = db;
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

    public List<TicketView> today(Optional<TicketStatus> status) {
        LocalDate day = serviceDay();
        return views.ofDay(day, tickets.ofDay(day, status));
    }

    /**
     * Carries out a counter verb; the answer is the ticket it changed (empty: nothing to do, e.g.
     * nobody waiting).
     *
     * @param actor who asked: {@code user:lan}...
     */
    public Optional<TicketView> counter(CounterVerb verb, String counterId, String actor) {
        CounterDefinition counter = counter(counterId);
        Optional<TicketView> changed = Jdbc.inTx(db, tx -> switch (verb) {
            case NEXT -> callNext(tx, counter, actor);
            case RECALL -> recall(tx, counter, actor);
            case SKIP -> close(tx, counter, TicketStatus.SKIPPED, verb, actor);
            case FINISH -> close(tx, counter, TicketStatus.SERVED, verb, actor);
        });
        changed.ifPresent(t -> log.info("Counter {}: {} ticket {} by {}", counterId, verb, t.number(), actor));
        return changed;
    }

    /**
     * Serves the counter's current ticket, if any, and calls the next waiting one by
     * {@link CallOrder}; another counter taking that one first is retried with the next.
     */
    private Optional<TicketView> callNext(Tx tx, CounterDefinition counter, String actor) throws SQLException {
        List<Ticket> changed = new ArrayList<>();
        List<EventType> types = new ArrayList<>();
        Instant now = clock.instant();
        Optional<Ticket> current = tickets.currentAt(tx.connection(), serviceDay(), counter.id());
        if (current.isPresent() && tickets.close(tx.connection(), current.get().id(), TicketStatus.SERVED, now)) {
            changed.add(current.get().withStatus(TicketStatus.SERVED));
            types.add(CounterVerb.FINISH.event());
        }
        Optional<Ticket> called = Optional.empty();
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS && called.isEmpty(); attempt++) {
            List<Ticket> waiting = tickets.ofDay(tx.connection(), serviceDay(), Optional.of(TicketStatus.WAITING));
            Optional<Ticket> next = CallOrder.next(counter, waiting);
            if (next.isEmpty()) {
                break;
            }
            if (tickets.claim(tx.connection(), next.get().id(), counter.id(), now)) {
                called = Optional.of(next.get().called(counter.id(), now));
            } else if (attempt == CLAIM_ATTEMPTS - 1) {
                log.warn("Counter {} lost {} races for the next ticket in a row", counter.id(), CLAIM_ATTEMPTS);
            }
        }
        called.ifPresent(t -> {
            changed.add(t);
            types.add(CounterVerb.NEXT.event());
        });
        List<TicketView> published = publishAll(tx, types, changed, actor);
        return called.isPresent() ? Optional.of(published.get(published.size() - 1)) : Optional.empty();
    }

    private Optional<TicketView> recall(Tx tx, CounterDefinition counter, String actor) throws SQLException {
        Optional<Ticket> current = tickets.currentAt(tx.connection(), serviceDay(), counter.id());
        if (current.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(publish(tx, CounterVerb.RECALL.event(), current.get(), actor));
    }

    private Optional<TicketView> close(Tx tx, CounterDefinition counter, TicketStatus status, CounterVerb verb,
                                      String actor) throws SQLException {
        Optional<Ticket> current = tickets.currentAt(tx.connection(), serviceDay(), counter.id());
        if (current.isEmpty() || !tickets.close(tx.connection(), current.get().id(), status, clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(publish(tx, verb.event(), current.get().withStatus(status), actor));
    }

    private List<TicketView> publishAll(Tx tx, List<EventType> types, List<Ticket> changed, String actor)
            throws SQLException {
        List<TicketView> out = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            out.add(publish(tx, types.get(i), changed.get(i), actor));
        }
        return out;
    }

    /**
     * Stores the event of a change to {@code t} in {@code tx} (as its last write: every ticket
     * change of the transaction must come before) and returns the view published.
     */
    public TicketView publish(Tx tx, EventType type, Ticket t, String actor) throws SQLException {
        TicketView view = views.of(tx.connection(), t);
        events.append(tx, type, view, clock.instant(), actor);
        return view;
    }

    private CounterDefinition counter(String counterId) {
        return setup.counter(counterId).orElseThrow(() -> new UnknownCounterException(counterId));
    }
}
