package vn.tiepdon.desk;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.api.ReturnRequest;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.api.GatewayNotice;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.privacy.Masking;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;

/**
 * One reception counter, without Swing: today's tickets (loaded once, then kept current from the
 * event stream), the counter's current ticket, whether it is paused, and every desk action: the
 * counter verbs, calling a chosen number, transferring, returning a parked ticket, bringing back
 * a skipped one, and fixing a failed lookup ({@link #lookupFix}). Thread-safe: events arrive on
 * the subscription's thread, actions run on background threads; listeners get a snapshot on the
 * thread that made the change. A refused or failed action changes nothing but the status line.
 */
public final class DeskModel {
    private static final Logger LOG = LoggerFactory.getLogger(DeskModel.class);

    private final ReceptionApi api;
    private final String counterId;
    private final DeskMessages messages;
    private final List<Consumer<DeskSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean busy = new AtomicBoolean();

    private final DeskDay day;
    private Optional<DeskOutcome> lastOutcome = Optional.empty();
    private boolean connected = true;
    private boolean paused;
    private Optional<GatewayNotice> gateway = Optional.empty();
    private final DeskPortraits portraits;

    /** A desk that fetches portraits on the calling thread (callers already off the screen's thread). */
    public DeskModel(ReceptionApi api, String counterId) {
        this(api, counterId, DeskMessages.vietnamese());
    }

    /** A desk that fetches portraits on the calling thread (callers already off the screen's thread). */
    public DeskModel(ReceptionApi api, String counterId, DeskMessages messages) {
        this(api, counterId, messages, Runnable::run);
    }

    /** A desk that fetches the chip portraits of its tickets on {@code portraitLoader}. */
    public DeskModel(ReceptionApi api, String counterId, DeskMessages messages, Executor portraitLoader) {
        this.api = Objects.requireNonNull(api);
        this.counterId = Objects.requireNonNull(counterId);
        this.messages = Objects.requireNonNull(messages);
        this.day = new DeskDay(counterId, messages);
        this.portraits = new DeskPortraits(api, messages, portraitLoader, this::publish);
    }

    public String counterId() {
        return counterId;
    }

    public void addListener(Consumer<DeskSnapshot> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<DeskSnapshot> listener) {
        listeners.remove(listener);
    }

    public synchronized DeskSnapshot snapshot() {
        return new DeskSnapshot(counterId, day.current(), day.withStatus(TicketStatus.WAITING), lastOutcome,
                busy.get(), connected, portraits.all(), paused, day.all(), gateway);
    }

    /**
     * The receptionist looks at a ticket (selected it in a list): fetch its chip portrait, or ask
     * again when the kiosk had not sent it yet. Returns at once; the snapshot shows it when loaded.
     */
    public void lookAt(DeskTicket ticket) {
        portraits.want(ticket.ticket(), true);
    }

    private void wantCurrentPortrait(boolean askAgain) {
        Optional<DeskTicket> now;
        synchronized (this) {
            // portraits are personal data: kept for the tickets still before this desk only
            Set<Long> onDesk = new HashSet<>();
            day.all().stream().filter(t -> t.status() == TicketStatus.WAITING || t.status() == TicketStatus.PARKED)
                    .forEach(t -> onDesk.add(t.id()));
            now = day.current();
            now.ifPresent(c -> onDesk.add(c.id()));
            portraits.keepOnly(onDesk);
        }
        now.ifPresent(c -> portraits.want(c.ticket(), askAgain));
    }

    /**
     * Loads today's tickets, this counter's current ticket and whether it is paused. Subscribe to
     * events first, then refresh, so nothing falls between the two. The status line says the list
     * was loaded, never how many tickets it had then: the count on screen is the list's own.
     */
    public DeskOutcome refresh() {
        DeskOutcome outcome;
        try {
            List<TicketView> today = api.tickets(Optional.empty());
            Optional<Boolean> pausedNow = api.counters().stream().filter(c -> c.id().equals(counterId))
                    .findFirst().map(CounterView::paused);
            Optional<Optional<GatewayNotice>> gatewayNow = gatewayNow();
            synchronized (this) {
                day.load(today);
                pausedNow.ifPresent(p -> paused = p);
                gatewayNow.ifPresent(n -> gateway = n);
                outcome = new DeskOutcome.Done(Optional.empty(), Optional.empty(), messages.text("outcome.done.REFRESH"));
                lastOutcome = Optional.of(outcome);
            }
        } catch (RuntimeException e) {
            outcome = failed("REFRESH", Optional.empty(), e);
            synchronized (this) {
                lastOutcome = Optional.of(outcome);
            }
        }
        wantCurrentPortrait(false);
        publish();
        return outcome;
    }

    /**
     * The gateway trouble the server has now (the banner of a desk that starts during an outage);
     * empty when it could not be read (a server from before the route: the banner then comes with
     * the next event, as before).
     */
    private Optional<Optional<GatewayNotice>> gatewayNow() {
        try {
            return Optional.of(api.gatewayNotice());
        } catch (ApiException e) {
            LOG.warn("desk: the gateway's state could not be read: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** One event from the server: the ticket (or counter) in it as it now stands. */
    public void onEvent(ReceptionEvent event) {
        synchronized (this) {
            event.ticket().ifPresent(t -> day.event(event.type(), t));
            event.counter().filter(c -> c.id().equals(counterId)).ifPresent(c -> paused = c.paused());
            event.gateway().ifPresent(n -> gateway = GatewayTrouble.after(gateway, n));
        }
        wantCurrentPortrait(false);
        publish();
    }

    /** Whether the event subscription is connected (the window polls it). */
    public void connectionChanged(boolean nowConnected) {
        synchronized (this) {
            if (connected == nowConnected) {
                return;
            }
            connected = nowConnected;
        }
        publish();
    }

    /** Carries out a counter verb at this counter (a button or its shortcut). */
    public DeskOutcome act(CounterVerb verb) {
        Optional<CounterVerb> v = Optional.of(verb);
        return run(verb.name(), v, () -> {
            if (verb.aboutCounter()) {
                Optional<CounterView> answer = api.counterState(verb, counterId);
                synchronized (this) {
                    answer.ifPresent(c -> paused = c.paused());
                }
                return answer.<DeskOutcome>map(c -> new DeskOutcome.Done(v, Optional.empty(),
                                messages.text("outcome.done." + verb, c.name())))
                        .orElseGet(() -> new DeskOutcome.NothingToDo(v, messages.text("outcome.nothing." + verb)));
            }
            Optional<TicketView> answer = api.counter(verb, counterId);
            return answer.<DeskOutcome>map(t -> answered(verb.name(), v, t, "outcome.done." + verb, t.number()))
                    .orElseGet(() -> new DeskOutcome.NothingToDo(v, messages.text("outcome.nothing." + verb)));
        });
    }

    /**
     * Calls a chosen waiting ticket to this counter by its number as the receptionist typed it
     * ({@code a12} is {@code A012}); a number that is not one is refused here, unsent.
     */
    public DeskOutcome call(String typedNumber) {
        Optional<String> number = TicketNumbers.normalise(typedNumber);
        if (number.isEmpty()) {
            String typed = typedNumber == null ? "" : typedNumber.strip();
            DeskOutcome refused = new DeskOutcome.Failed(Optional.empty(), typed.isEmpty()
                    ? messages.text("outcome.noNumber") : messages.text("outcome.badNumber", typed));
            remember(refused);
            return refused;
        }
        return run("CALL " + number.get(), Optional.empty(), () -> {
            TicketView t = api.call(counterId, number.get());
            return answered("CALL", Optional.empty(), t, "outcome.done.CALL", t.number());
        });
    }

    /**
     * Transfers a ticket (the current one or one picked in a list) to another queue or counter,
     * with a note for the receiving desk; {@code whereName} names the target for the status line.
     */
    public DeskOutcome transfer(DeskTicket ticket, TransferRequest request, String whereName) {
        return run("TRANSFER " + ticket.number(), Optional.empty(), () -> {
            Optional<TicketView> moved = api.transfer(ticket.id(), request);
            String key = request.queueId().isPresent() ? "outcome.done.TRANSFER.queue" : "outcome.done.TRANSFER.counter";
            return moved.<DeskOutcome>map(t -> answered("TRANSFER", Optional.empty(), t, key, t.number(), whereName))
                    .orElseGet(() -> new DeskOutcome.NothingToDo(Optional.empty(),
                            messages.text("outcome.nothing.TRANSFER", ticket.number(), whereName)));
        });
    }

    /** A parked ticket goes back to its queue: at the front (called next) or at its place. */
    public DeskOutcome returnToQueue(DeskTicket ticket, ReturnRequest.Position position) {
        return run("RETURN " + ticket.number(), Optional.empty(), () -> {
            TicketView t = api.returnToQueue(ticket.id(), position);
            return answered("RETURN_" + position, Optional.empty(), t, "outcome.done.RETURN." + position, t.number(),
                    t.queueName());
        });
    }

    /** A skipped ticket (the patient came after all) goes back to its queue at its place. */
    public DeskOutcome restore(DeskTicket ticket) {
        return run("RESTORE " + ticket.number(), Optional.empty(), () -> {
            TicketView t = api.restore(ticket.id());
            return answered("RESTORE", Optional.empty(), t, "outcome.done.RESTORE", t.number(), t.queueName());
        });
    }

    /**
     * The form that fixes {@code ticket}'s failed lookup; its answer updates the ticket here.
     * Empty when the ticket has no failed lookup.
     */
    public Optional<LookupFix> lookupFix(DeskTicket ticket, Clock clock) {
        return ticket.lookupToFix().map(l -> new LookupFix(ticket, l, api, messages, clock, this::overridden));
    }

    /** The server's answer to a lookup override: the ticket with its new lookup. */
    void overridden(TicketView ticket) {
        synchronized (this) {
            DeskTicket row = day.event(EventType.LOOKUP_OVERRIDDEN, ticket);
            lastOutcome = Optional.of(new DeskOutcome.Done(Optional.empty(), Optional.of(row),
                    messages.text("outcome.done.OVERRIDE", ticket.number(), row.lookup().label())));
        }
        LOG.info("counter {}: lookup of ticket {} overridden", counterId, ticket.number());
        publish();
    }

    /**
     * Runs one action against the server: one at a time (a second press meanwhile is ignored),
     * the status line gets its outcome, an exception becomes a {@link DeskOutcome.Failed}.
     */
    private DeskOutcome run(String action, Optional<CounterVerb> verb, Supplier<DeskOutcome> work) {
        if (!busy.compareAndSet(false, true)) {
            return new DeskOutcome.Ignored(verb, messages.text("outcome.busy"));
        }
        DeskOutcome outcome;
        try {
            publish();
            try {
                outcome = work.get();
            } catch (RuntimeException e) {
                outcome = failed(action, verb, e);
            }
            remember(outcome);
        } finally {
            busy.set(false);
        }
        wantCurrentPortrait(outcome instanceof DeskOutcome.Done d
                && d.ticket().filter(t -> t.status() == TicketStatus.CALLED && t.at(counterId)).isPresent());
        publish();
        return outcome;
    }

    private synchronized void remember(DeskOutcome outcome) {
        lastOutcome = Optional.of(outcome);
    }

    /** The ticket an action changed, as it now stands: it is this counter's current one while called here. */
    private DeskOutcome answered(String action, Optional<CounterVerb> verb, TicketView ticket, String key,
                                 Object... args) {
        DeskTicket row;
        synchronized (this) {
            row = day.answer(ticket);
        }
        LOG.info("counter {}: {} ticket {}", counterId, action, ticket.number());
        return new DeskOutcome.Done(verb, Optional.of(row), messages.text(key, args));
    }

    private DeskOutcome failed(String action, Optional<CounterVerb> verb, RuntimeException e) {
        if (e instanceof ApiException api) {
            Optional<ApiError> error = api.error();
            if (error.isPresent()) {
                LOG.warn("counter {}: {} refused by the server: {} {}", counterId, action, api.httpStatus(),
                        error.get().error());
                return new DeskOutcome.Failed(verb, messages.text("outcome.serverError", error.get().error(),
                        messages.contract().error(error.get().error())));
            }
            LOG.warn("counter {}: {} failed, server unreachable: {}", counterId, action,
                    Masking.numbersIn(String.valueOf(api.getMessage())));
            return new DeskOutcome.Failed(verb, messages.text("outcome.unreachable"));
        }
        LOG.error("counter {}: {} failed unexpectedly", counterId, action, e);
        return new DeskOutcome.Failed(verb, messages.text("outcome.unexpected"));
    }

    private void publish() {
        DeskSnapshot snapshot = snapshot();
        for (Consumer<DeskSnapshot> listener : listeners) {
            try {
                listener.accept(snapshot);
            } catch (RuntimeException e) {
                LOG.error("counter {}: a screen listener failed", counterId, e);
            }
        }
    }
}
