package vn.tiepdon.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.privacy.Masking;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;

/**
 * One reception counter, without Swing: the waiting list (loaded once, then kept current from the
 * event stream), the counter's current ticket, and the counter verbs. Thread-safe: events arrive on
 * the subscription's thread, actions run on background threads; listeners get a snapshot on the
 * thread that made the change.
 */
public final class DeskModel {
    private static final Logger LOG = LoggerFactory.getLogger(DeskModel.class);
    private static final Comparator<DeskTicket> OLDEST_FIRST =
            Comparator.comparing((DeskTicket t) -> t.ticket().issuedAt()).thenComparingLong(DeskTicket::id);

    private final ReceptionApi api;
    private final String counterId;
    private final DeskMessages messages;
    private final List<Consumer<DeskSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean busy = new AtomicBoolean();

    private final Map<Long, DeskTicket> waiting = new HashMap<>();
    private Optional<DeskTicket> current = Optional.empty();
    private Optional<DeskOutcome> lastOutcome = Optional.empty();
    private boolean connected = true;
    private boolean paused;
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
        List<DeskTicket> list = new ArrayList<>(waiting.values());
        list.sort(OLDEST_FIRST);
        return new DeskSnapshot(counterId, current, list, lastOutcome, busy.get(), connected, portraits.all(), paused);
    }

    /**
     * The receptionist looks at a ticket (selected it in the list): fetch its chip portrait, or ask
     * again when the kiosk had not sent it yet. Returns at once; the snapshot shows it when loaded.
     */
    public void lookAt(DeskTicket ticket) {
        portraits.want(ticket.ticket(), true);
    }

    private void wantCurrentPortrait(boolean askAgain) {
        Optional<DeskTicket> now;
        synchronized (this) {
            Set<Long> onDesk = new HashSet<>(waiting.keySet());
            current.ifPresent(c -> onDesk.add(c.id()));
            portraits.keepOnly(onDesk);
            now = current;
        }
        now.ifPresent(c -> portraits.want(c.ticket(), askAgain));
    }

    /**
     * Loads today's waiting tickets and this counter's current ticket from the server. Subscribe to
     * events first, then refresh, so nothing falls between the two.
     */
    public DeskOutcome refresh() {
        DeskOutcome outcome;
        try {
            List<TicketView> waitingNow = api.tickets(Optional.of(TicketStatus.WAITING));
            List<TicketView> called = api.tickets(Optional.of(TicketStatus.CALLED));
            synchronized (this) {
                waiting.clear();
                waitingNow.forEach(t -> waiting.put(t.id(), DeskTicket.of(t, messages)));
                current = called.stream()
                        .filter(this::isMine)
                        .max(Comparator.comparing((TicketView t) -> t.calledAt().orElse(Instant.EPOCH)))
                        .map(t -> DeskTicket.of(t, messages));
                outcome = new DeskOutcome.Done(Optional.empty(), Optional.empty(),
                        messages.text("outcome.done.REFRESH", Integer.toString(waiting.size())));
                lastOutcome = Optional.of(outcome);
            }
        } catch (RuntimeException e) {
            outcome = failed(Optional.empty(), e);
            synchronized (this) {
                lastOutcome = Optional.of(outcome);
            }
        }
        wantCurrentPortrait(false);
        publish();
        return outcome;
    }

    /** One event from the server: the ticket (or counter) in it as it now stands. */
    public void onEvent(ReceptionEvent event) {
        synchronized (this) {
            event.ticket().ifPresent(t -> apply(event.type(), t));
            event.counter().filter(c -> c.id().equals(counterId)).ifPresent(c -> paused = c.paused());
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
        if (!busy.compareAndSet(false, true)) {
            return new DeskOutcome.Ignored(v, messages.text("outcome.busy"));
        }
        DeskOutcome outcome;
        try {
            publish();
            if (verb.aboutCounter()) {
                Optional<CounterView> answer = api.counterState(verb, counterId);
                synchronized (this) {
                    answer.ifPresent(c -> paused = c.paused());
                    outcome = answer.<DeskOutcome>map(c -> new DeskOutcome.Done(v, Optional.empty(),
                                    messages.text("outcome.done." + verb, counterId)))
                            .orElseGet(() -> new DeskOutcome.NothingToDo(v, messages.text("outcome.nothing." + verb)));
                    lastOutcome = Optional.of(outcome);
                }
            } else {
                Optional<TicketView> answer = api.counter(verb, counterId);
                synchronized (this) {
                    outcome = answer.map(t -> applyAnswer(verb, t))
                            .orElseGet(() -> new DeskOutcome.NothingToDo(v, messages.text("outcome.nothing." + verb)));
                    lastOutcome = Optional.of(outcome);
                }
            }
        } catch (RuntimeException e) {
            outcome = failed(v, e);
            synchronized (this) {
                lastOutcome = Optional.of(outcome);
            }
        } finally {
            busy.set(false);
        }
        wantCurrentPortrait(outcome instanceof DeskOutcome.Done d
                && d.ticket().filter(t -> t.ticket().status() == TicketStatus.CALLED).isPresent());
        publish();
        return outcome;
    }

    /** The ticket the verb changed, as it now stands: it is this counter's current one while called here. */
    private DeskOutcome applyAnswer(CounterVerb verb, TicketView ticket) {
        DeskTicket row = DeskTicket.of(ticket, messages);
        waiting.remove(ticket.id());
        if (ticket.status() == TicketStatus.WAITING) {
            waiting.put(ticket.id(), row);
        }
        if (ticket.status() == TicketStatus.CALLED && isMine(ticket)) {
            current = Optional.of(row);
        } else {
            current = current.filter(c -> c.id() != ticket.id());
        }
        LOG.info("counter {}: {} ticket {}", counterId, verb, ticket.number());
        return new DeskOutcome.Done(Optional.of(verb), Optional.of(row),
                messages.text("outcome.done." + verb, ticket.number()));
    }

    /**
     * The ticket in an event is the ticket as it now stands. A ticket becomes this counter's current
     * one only by a call or recall to this counter; other events just update (or end) it.
     */
    private void apply(EventType type, TicketView ticket) {
        if (ticket.status() == TicketStatus.WAITING) {
            waiting.put(ticket.id(), DeskTicket.of(ticket, messages));
        } else {
            waiting.remove(ticket.id());
        }
        boolean isCurrent = current.filter(c -> c.id() == ticket.id()).isPresent();
        boolean call = type == EventType.TICKET_CALLED || type == EventType.TICKET_RECALLED;
        if (ticket.status() == TicketStatus.CALLED && isMine(ticket) && (call || isCurrent)) {
            current = Optional.of(DeskTicket.of(ticket, messages));
        } else if (isCurrent) {
            current = Optional.empty();
        }
    }

    private boolean isMine(TicketView ticket) {
        return ticket.counterId().filter(counterId::equals).isPresent();
    }

    private DeskOutcome failed(Optional<CounterVerb> verb, RuntimeException e) {
        String action = verb.map(Enum::name).orElse("REFRESH");
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
