package vn.tiepdon.display;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.api.HallCall;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.devices.announce.Announcer;
import vn.tiepdon.devices.board.NumberBoard;

/**
 * The hall board without Swing: each call or recall becomes the current call, goes to the number
 * board and the announcer once, and heads the list of recent calls (a recalled ticket moves to the
 * top instead of appearing twice). Events seen before (a replay after a reconnect) are ignored.
 * Feed it from one thread at a time; the announcer may take seconds, so not from the EDT.
 */
public final class DisplayModel {
    private static final Logger LOG = LoggerFactory.getLogger(DisplayModel.class);
    /** How many event ids are remembered to drop duplicates. */
    private static final int SEEN_LIMIT = 10_000;

    private final NumberBoard board;
    private final Announcer announcer;
    private final int historySize;
    private final DisplayMessages messages = DisplayMessages.vietnamese();
    private final List<Consumer<DisplaySnapshot>> listeners = new CopyOnWriteArrayList<>();

    private final LinkedHashSet<Long> seen = new LinkedHashSet<>();
    private final Deque<Call> recent = new ArrayDeque<>();
    private Optional<Call> current = Optional.empty();
    private boolean connected = true;
    /** Paused counters: id → name. */
    private final java.util.Map<String, String> closedCounters = new java.util.TreeMap<>();

    /** Priority tickets (elderly, children...) are drawn in their own colour: the server marks them. */
    public DisplayModel(NumberBoard board, Announcer announcer, int historySize) {
        if (historySize < 1) {
            throw new IllegalArgumentException("historySize must be at least 1: " + historySize);
        }
        this.board = Objects.requireNonNull(board);
        this.announcer = Objects.requireNonNull(announcer);
        this.historySize = historySize;
    }

    /** How many recent calls are kept (and shown). */
    public int historySize() {
        return historySize;
    }

    public void addListener(Consumer<DisplaySnapshot> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<DisplaySnapshot> listener) {
        listeners.remove(listener);
    }

    public synchronized DisplaySnapshot snapshot() {
        return new DisplaySnapshot(current, List.copyOf(recent), connected, List.copyOf(closedCounters.values()));
    }

    /**
     * Takes one event; returns the call it made, empty when the event was not a call or was seen
     * before. A counter that pauses shows closed until it resumes; a called ticket that is skipped,
     * postponed or transferred leaves the board (it is no longer expected at that counter).
     */
    public Optional<Call> onEvent(HallEvent event) {
        Call call;
        synchronized (this) {
            if (!remember(event.id())) {
                LOG.debug("display: event {} already seen, ignored", event.id());
                return Optional.empty();
            }
            if (event.counter().isPresent()) {
                CounterView counter = event.counter().get();
                boolean changed = counter.paused() ? closedCounters.put(counter.id(), counter.name()) == null
                        : closedCounters.remove(counter.id()) != null;
                if (!changed) {
                    return Optional.empty();
                }
            } else if (LEAVES_THE_BOARD.contains(event.type())) {
                long ticketId = event.call().orElseThrow().ticketId();
                boolean shown = recent.removeIf(c -> c.ticketId() == ticketId);
                if (current.filter(c -> c.ticketId() == ticketId).isPresent()) {
                    current = Optional.empty();
                    shown = true;
                }
                if (!shown) {
                    return Optional.empty();
                }
            }
        }
        if (event.counter().isPresent() || LEAVES_THE_BOARD.contains(event.type())) {
            publish();
            return Optional.empty();
        }
        synchronized (this) {
            boolean recall = event.type() == EventType.TICKET_RECALLED;
            if (!recall && event.type() != EventType.TICKET_CALLED) {
                return Optional.empty();
            }
            call = callOf(event, recall);
            recent.removeIf(c -> c.ticketId() == call.ticketId());
            recent.addFirst(call);
            while (recent.size() > historySize) {
                recent.removeLast();
            }
            current = Optional.of(call);
        }
        try {
            board.showCall(call.ticketNumber(), call.counterName());
        } catch (RuntimeException e) {
            LOG.error("display: number board failed on {}", call.ticketNumber(), e);
        }
        publish();
        try {
            announcer.announceCall(call.ticketNumber(), call.counterName());
        } catch (RuntimeException e) {
            LOG.error("display: announcer failed on {}", call.ticketNumber(), e);
        }
        return Optional.of(call);
    }

    /** The counters as they stand when the board starts ({@code GET /api/v1/counters}): the paused ones show closed. */
    public void counters(List<CounterView> counters) {
        synchronized (this) {
            closedCounters.clear();
            counters.stream().filter(CounterView::paused).forEach(c -> closedCounters.put(c.id(), c.name()));
        }
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

    /** Events after which a called number is no longer expected at its counter. */
    private static final java.util.Set<EventType> LEAVES_THE_BOARD = java.util.EnumSet.of(EventType.TICKET_SKIPPED,
            EventType.TICKET_POSTPONED, EventType.TICKET_TRANSFERRED);

    private Call callOf(HallEvent event, boolean recall) {
        HallCall t = event.call().orElseThrow();
        String counter = t.counterName()
                .or(() -> t.counterId().map(id -> messages.text("counter.fallback", id)))
                .orElse("");
        return new Call(event.id(), t.ticketId(), t.number(), counter, event.at(), recall, t.priority());
    }

    private boolean remember(long eventId) {
        if (!seen.add(eventId)) {
            return false;
        }
        if (seen.size() > SEEN_LIMIT) {
            Long oldest = seen.iterator().next();
            seen.remove(oldest);
        }
        return true;
    }

    private void publish() {
        DisplaySnapshot snapshot = snapshot();
        for (Consumer<DisplaySnapshot> listener : listeners) {
            try {
                listener.accept(snapshot);
            } catch (RuntimeException e) {
                LOG.error("display: a screen listener failed", e);
            }
        }
    }
}
