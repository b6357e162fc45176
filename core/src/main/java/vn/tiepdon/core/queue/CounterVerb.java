package vn.tiepdon.core.queue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import vn.tiepdon.core.event.EventType;

/**
 * What a receptionist does at a counter: {@code POST /api/v1/counters/{id}/{verb}}. The server's
 * queue rule, the client's {@code counter(verb, id)} and the desk's buttons all use this enum; a
 * new verb is a constant here, its rule in the queue service, a desk button and its bundle keys.
 */
public enum CounterVerb {
    /** Finish the current ticket (served) and call the next waiting one. */
    NEXT(EventType.TICKET_CALLED),
    /** Call the current ticket again. */
    RECALL(EventType.TICKET_RECALLED),
    /** The current ticket did not come (no-show). */
    SKIP(EventType.TICKET_SKIPPED),
    /** The current ticket was served. */
    FINISH(EventType.TICKET_FINISHED);

    private final EventType event;

    CounterVerb(EventType event) {
        this.event = event;
    }

    /** The path segment of the verb's route: {@code next}, {@code recall}... */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The event the verb publishes when it changes a ticket. */
    public EventType event() {
        return event;
    }

    /** The verb named by a route's path segment, if any. */
    public static Optional<CounterVerb> ofPath(String segment) {
        return Arrays.stream(values()).filter(v -> v.path().equals(segment)).findFirst();
    }
}
