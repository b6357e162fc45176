package vn.tiepdon.server.queue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.ReturnRequest;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.queue.CallOrder;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.core.queue.Ticket;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.server.HospitalSetup;
import vn.tiepdon.server.events.EventLog;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;
import vn.tiepdon.server.storage.Tx;

/**
 * The queue engine: the receptionists' verbs. Each verb changes its tickets and stores their events
 * (with the actor) in one transaction, so a desk or display never misses a change that happened,
 * and never hears of one that did not. A counter's verbs run one at a time (its state row is
 * locked for the verb); two counters calling at once never get the same ticket (a claim is a
 * conditional update).
 */
public final class QueueService {
    private static final Logger log = LoggerFactory.getLogger(QueueService.class);
    private static final int CLAIM_ATTEMPTS = 5;
    private final Database db;
    private final HospitalSetup setup;
    private final TicketStore tickets;
    private final TicketViews views;
    private final EventLog events;
    private final CounterStates counters;
    private final Set<String> priorityQueues;
    private final Clock clock;

    public QueueService(Database db, HospitalSetup setup, TicketStore tickets, TicketViews views, EventLog events,
                        Clock clock) {
        this.db = db;
        this.setup = setup;
        this.tickets = tickets;
        this.views = views;
        this.events = events;
        this.counters = new CounterStates(db);
        this.priorityQueues = setup.priorityQueueIds();
        this.clock = clock;
        counters.prepare(setup.counters());
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
     * Where the ticket {@code number} of {@code day} stands, without personal data: for the kiosk
     * when a patient scans their slip. {@code waitingAhead}: the waiting tickets of its queue that
     * are called before it.
     */
    public Optional<vn.tiepdon.core.api.TicketStatusView> status(LocalDate day, String number) {
        return vn.tiepdon.server.storage.Jdbc.inTransaction(db, c -> {
            Optional<Ticket> found = tickets.byNumber(c, day, number);
            if (found.isEmpty()) {
                return Optional.<vn.tiepdon.core.api.TicketStatusView>empty();
            }
            Ticket t = found.get();
            int ahead = 0;
            if (t.status() == TicketStatus.WAITING) {
                ahead = (int) tickets.ofDay(c, day, Optional.of(TicketStatus.WAITING)).stream()
                        .filter(o -> o.queueId().equals(t.queueId()) && o.orderKey() < t.orderKey())
                        .count();
            }
            TicketView view = views.of(t, Optional.empty());
            return Optional.of(new vn.tiepdon.core.api.TicketStatusView(day, t.number(), view.queueName(),
                    t.status(), view.counterName(), ahead));
        });
    }

    /** Every configured counter with whether it is paused. */
    public List<CounterView> counters() {
        Set<String> paused = counters.paused();
        return setup.counters().stream().map(c -> new CounterView(c.id(), c.name(), paused.contains(c.id())))
                .toList();
    }

    /** What a counter verb did. */
    public sealed interface Outcome permits Outcome.TicketChanged, Outcome.CounterChanged, Outcome.Nothing {
        /** The ticket the verb changed, as it now stands. */
        record TicketChanged(TicketView ticket) implements Outcome {
        }

        /** The counter the verb opened or paused. */
        record CounterChanged(CounterView counter) implements Outcome {
        }

        /** Nothing to do: nobody waiting, no current ticket, already paused... */
        record Nothing() implements Outcome {
        }
    }

    /**
     * Carries out a counter verb. The switch is the queue's rule book: a new {@link CounterVerb}
     * does not compile until it has its rule here.
     *
     * @param actor who asked: {@code user:lan}...
     * @throws ApiProblem {@code COUNTER_PAUSED} for a call at a paused counter
     */
    public Outcome counter(CounterVerb verb, String counterId, String actor) {
        CounterDefinition counter = counter(counterId);
        Outcome outcome = Jdbc.inTx(db, tx -> {
            CounterStates.State state = counters.lock(tx, counter.id());
            return switch (verb) {
                case NEXT -> callNext(tx, counter, state, actor);
                case RECALL -> recall(tx, counter, actor);
                case SKIP -> close(tx, counter, TicketStatus.SKIPPED, verb, actor);
                case FINISH -> close(tx, counter, TicketStatus.SERVED, verb, actor);
                case POSTPONE -> postpone(tx, counter, actor);
                case PAUSE -> setPaused(tx, counter, true, actor);
                case RESUME -> setPaused(tx, counter, false, actor);
            };
        });
        log.info("Counter {}: {} by {}: {}", counterId, verb, actor, describe(outcome));
        return outcome;
    }

    /**
     * Calls the ticket with {@code number} to the counter (its current ticket, if any, is served
     * first).
     *
     * @throws ApiProblem {@code UNKNOWN_TICKET} for a number not issued today, {@code WRONG_STATE}
     *                    for a ticket that is not waiting, {@code COUNTER_PAUSED}
     */
    public TicketView call(String counterId, String number, String actor) {
        CounterDefinition counter = counter(counterId);
        TicketView called = Jdbc.inTx(db, tx -> {
            CounterStates.State state = counters.lock(tx, counter.id());
            if (state.paused()) {
                throw paused(counter);
            }
            Ticket chosen = tickets.byNumber(tx.connection(), serviceDay(), number.trim())
                    .orElseThrow(() -> new ApiProblem(ErrorCode.UNKNOWN_TICKET, "no ticket " + number + " today"));
            if (chosen.status() != TicketStatus.WAITING) {
                throw wrongState(chosen, "called");
            }
            List<Ticket> changed = new ArrayList<>();
            List<EventType> types = new ArrayList<>();
            serveCurrent(tx, counter, changed, types);
            Instant now = clock.instant();
            if (!tickets.claim(tx.connection(), chosen.id(), counter.id(), now)) {
                throw wrongState(chosen, "called");
            }
            Ticket t = chosen.called(counter.id(), now);
            counters.setStreak(tx.connection(), counter.id(),
                    CallOrder.streakAfter(t, priorityQueues, state.priorityStreak()));
            changed.add(t);
            types.add(EventType.TICKET_CALLED);
            List<TicketView> out = publishAll(tx, types, changed, actor);
            return out.get(out.size() - 1);
        });
        log.info("Counter {}: called ticket {} by number, by {}", counterId, called.number(), actor);
        return called;
    }

    /**
     * Transfers a waiting, called or parked ticket to another queue, or to one counter (only that
     * counter calls it; it stays in its queue), with a note for the receiving desk. Empty when it
     * is already there.
     *
     * @throws ApiProblem {@code UNKNOWN_QUEUE}/{@code UNKNOWN_COUNTER}, {@code UNKNOWN_TICKET},
     *                    {@code WRONG_STATE} for a served or skipped ticket
     */
    public Optional<TicketView> transfer(long ticketId, TransferRequest request, String actor) {
        Optional<String> targetCounter = request.counterId();
        targetCounter.ifPresent(this::counter);
        request.queueId().ifPresent(q -> setup.queue(q).orElseThrow(() -> new ApiProblem(ErrorCode.UNKNOWN_QUEUE,
                "unknown queue: " + q)));
        Optional<TicketView> moved = Jdbc.inTx(db, tx -> {
            Ticket t = ticket(tx, ticketId);
            String queueId = request.queueId().orElse(t.queueId());
            if (t.status() == TicketStatus.WAITING && t.queueId().equals(queueId)
                    && t.targetCounterId().equals(targetCounter)) {
                return Optional.empty();
            }
            if (!tickets.transfer(tx.connection(), ticketId, queueId, targetCounter, request.note())) {
                throw wrongState(t, "transferred");
            }
            Ticket after = new Ticket(t.id(), t.number(), queueId, t.serviceDay(), t.sequence(),
                    TicketStatus.WAITING, t.issuedAt(), t.calledAt(), Optional.empty(), t.lookupId(), t.kioskId(),
                    t.patientName(), t.identityCheck(), t.orderKey(), t.recalls(),
                    Optional.of(request.note()).filter(n -> !n.isBlank()), targetCounter, t.clinic());
            return Optional.of(publish(tx, EventType.TICKET_TRANSFERRED, after, actor));
        });
        moved.ifPresent(v -> log.info("Ticket {} transferred to queue {}{} by {}", v.number(), v.queueId(),
                targetCounter.map(c -> " for counter " + c).orElse(""), actor));
        return moved;
    }

    /**
     * A parked ticket goes back to its queue, at the front or at its place.
     *
     * @throws ApiProblem {@code WRONG_STATE} when the ticket is not parked
     */
    public TicketView returnToQueue(long ticketId, ReturnRequest.Position position, String actor) {
        TicketView back = Jdbc.inTx(db, tx -> {
            Ticket t = ticket(tx, ticketId);
            if (t.status() != TicketStatus.PARKED) {
                throw wrongState(t, "returned (only a parked ticket returns)");
            }
            Optional<Long> place = Optional.empty();
            if (position == ReturnRequest.Position.FRONT) {
                place = Optional.of(tickets.frontOf(tx.connection(), t.serviceDay(), t.queueId())
                        .map(front -> Math.min(front - 1, t.orderKey())).orElse(t.orderKey()));
            }
            if (!tickets.backToQueue(tx.connection(), ticketId, TicketStatus.PARKED, place)) {
                throw wrongState(t, "returned");
            }
            return publish(tx, EventType.TICKET_RETURNED, waitingAgain(t, place.orElse(t.orderKey())), actor);
        });
        log.info("Ticket {} returned to its queue ({}) by {}", back.number(), position, actor);
        return back;
    }

    /**
     * A skipped ticket (the patient came after all) goes back to its queue at its place.
     *
     * @throws ApiProblem {@code WRONG_STATE} when the ticket was not skipped
     */
    public TicketView restore(long ticketId, String actor) {
        TicketView back = Jdbc.inTx(db, tx -> {
            Ticket t = ticket(tx, ticketId);
            if (t.status() != TicketStatus.SKIPPED
                    || !tickets.backToQueue(tx.connection(), ticketId, TicketStatus.SKIPPED, Optional.empty())) {
                throw wrongState(t, "restored (only a skipped ticket is)");
            }
            return publish(tx, EventType.TICKET_RESTORED, waitingAgain(t, t.orderKey()), actor);
        });
        log.info("Ticket {} restored to its queue by {}", back.number(), actor);
        return back;
    }

    private static Ticket waitingAgain(Ticket t, long orderKey) {
        return new Ticket(t.id(), t.number(), t.queueId(), t.serviceDay(), t.sequence(), TicketStatus.WAITING,
                t.issuedAt(), t.calledAt(), Optional.empty(), t.lookupId(), t.kioskId(), t.patientName(),
                t.identityCheck(), orderKey, t.recalls(), t.note(), t.targetCounterId(), t.clinic());
    }

    /**
     * Serves the counter's current ticket, if any, and calls the next waiting one by
     * {@link CallOrder}; another counter taking that one first is retried with the next.
     */
    private Outcome callNext(Tx tx, CounterDefinition counter, CounterStates.State state, String actor)
            throws SQLException {
        if (state.paused()) {
            throw paused(counter);
        }
        List<Ticket> changed = new ArrayList<>();
        List<EventType> types = new ArrayList<>();
        serveCurrent(tx, counter, changed, types);
        Instant now = clock.instant();
        Optional<Ticket> called = Optional.empty();
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS && called.isEmpty(); attempt++) {
            List<Ticket> waiting = tickets.ofDay(tx.connection(), serviceDay(), Optional.of(TicketStatus.WAITING));
            Optional<Ticket> next = CallOrder.next(counter, waiting, priorityQueues, state.priorityStreak(),
                    setup.rules().maxPriorityRun());
            if (next.isEmpty()) {
                break;
            }
            if (tickets.claim(tx.connection(), next.get().id(), counter.id(), now)) {
                called = Optional.of(next.get().called(counter.id(), now));
            } else if (attempt == CLAIM_ATTEMPTS - 1) {
                log.warn("Counter {} lost {} races for the next ticket in a row", counter.id(), CLAIM_ATTEMPTS);
            }
        }
        if (called.isPresent()) {
            counters.setStreak(tx.connection(), counter.id(),
                    CallOrder.streakAfter(called.get(), priorityQueues, state.priorityStreak()));
            changed.add(called.get());
            types.add(CounterVerb.NEXT.event());
        }
        List<TicketView> published = publishAll(tx, types, changed, actor);
        return called.isPresent() ? new Outcome.TicketChanged(published.get(published.size() - 1))
                : new Outcome.Nothing();
    }

    private void serveCurrent(Tx tx, CounterDefinition counter, List<Ticket> changed, List<EventType> types)
            throws SQLException {
        Optional<Ticket> current = tickets.currentAt(tx.connection(), serviceDay(), counter.id());
        if (current.isPresent()
                && tickets.close(tx.connection(), current.get().id(), TicketStatus.SERVED, clock.instant())) {
            changed.add(current.get().withStatus(TicketStatus.SERVED));
            types.add(CounterVerb.FINISH.event());
        }
    }

    /** Calls the current ticket again; past {@code skipAfterRecalls} recalls it is skipped as a no-show. */
    private Outcome recall(Tx tx, CounterDefinition counter, String actor) throws SQLException {
        Optional<Ticket> current = tickets.currentAt(tx.connection(), serviceDay(), counter.id());
        if (current.isEmpty()) {
            return new Outcome.Nothing();
        }
        int limit = setup.rules().skipAfterRecalls();
        if (limit > 0 && current.get().recalls() >= limit) {
            log.info("Ticket {} recalled {} times at counter {}: skipped as a no-show", current.get().number(),
                    current.get().recalls(), counter.id());
            return close(tx, counter, TicketStatus.SKIPPED, CounterVerb.SKIP, actor);
        }
        if (!tickets.recall(tx.connection(), current.get().id())) {
            return new Outcome.Nothing();
        }
        return new Outcome.TicketChanged(publish(tx, CounterVerb.RECALL.event(), current.get(), actor));
    }

    private Outcome close(Tx tx, CounterDefinition counter, TicketStatus status, CounterVerb verb, String actor)
            throws SQLException {
        Optional<Ticket> current = tickets.currentAt(tx.connection(), serviceDay(), counter.id());
        if (current.isEmpty() || !tickets.close(tx.connection(), current.get().id(), status, clock.instant())) {
            return new Outcome.Nothing();
        }
        return new Outcome.TicketChanged(publish(tx, verb.event(), current.get().withStatus(status), actor));
    }

    private Outcome postpone(Tx tx, CounterDefinition counter, String actor) throws SQLException {
        Optional<Ticket> current = tickets.currentAt(tx.connection(), serviceDay(), counter.id());
        if (current.isEmpty() || !tickets.park(tx.connection(), current.get().id(), clock.instant())) {
            return new Outcome.Nothing();
        }
        return new Outcome.TicketChanged(publish(tx, CounterVerb.POSTPONE.event(),
                current.get().withStatus(TicketStatus.PARKED), actor));
    }

    private Outcome setPaused(Tx tx, CounterDefinition counter, boolean paused, String actor) throws SQLException {
        if (!counters.setPaused(tx.connection(), counter.id(), paused, clock.instant())) {
            return new Outcome.Nothing();
        }
        CounterView view = new CounterView(counter.id(), counter.name(), paused);
        events.append(tx, paused ? EventType.COUNTER_PAUSED : EventType.COUNTER_RESUMED, view, clock.instant(),
                actor);
        return new Outcome.CounterChanged(view);
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

    /** The queue a check-in of a patient with priority by age goes to, when the hospital has one. */
    public Optional<QueueDefinition> priorityQueue() {
        return setup.priorityQueue();
    }

    private Ticket ticket(Tx tx, long ticketId) throws SQLException {
        return tickets.find(tx.connection(), ticketId).orElseThrow(() -> new ApiProblem(ErrorCode.UNKNOWN_TICKET,
                "no ticket with id " + ticketId));
    }

    private CounterDefinition counter(String counterId) {
        return setup.counter(counterId).orElseThrow(() -> new UnknownCounterException(counterId));
    }

    private static ApiProblem paused(CounterDefinition counter) {
        return new ApiProblem(ErrorCode.COUNTER_PAUSED, "counter " + counter.id() + " is paused: resume it to call");
    }

    private static ApiProblem wrongState(Ticket t, String what) {
        return new ApiProblem(ErrorCode.WRONG_STATE, "ticket " + t.number() + " is " + t.status()
                + " and cannot be " + what);
    }

    private static String describe(Outcome o) {
        if (o instanceof Outcome.TicketChanged t) {
            return "ticket " + t.ticket().number() + " " + t.ticket().status();
        }
        if (o instanceof Outcome.CounterChanged c) {
            return c.counter().paused() ? "paused" : "open";
        }
        return "nothing to do";
    }
}
