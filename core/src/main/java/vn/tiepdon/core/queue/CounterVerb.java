package vn.tiepdon.core.queue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import vn.tiepdon.core.event.EventType;

/**
 * What a receptionist does at a counter without naming a ticket:
 * {@code POST /api/v1/counters/{id}/{verb}}. The server's queue rule, the client's
 * {@code counter(verb, id)} and the desk's buttons all use this enum; a new verb is a constant
 * here, its rule in the queue service, a desk button and its bundle keys. Verbs that name a
 * ticket (call a chosen number, transfer, return, restore) have their own routes.
 */
public enum CounterVerb {
    /** Finish the current ticket (served) and call the next waiting one. */
    NEXT(EventType.TICKET_CALLED),
    /** Call the current ticket again. */
    RECALL(EventType.TICKET_RECALLED),
    /** The current ticket did not come (no-show). */
    SKIP(EventType.TICKET_SKIPPED),
    /** The current ticket was served. */
    FINISH(EventType.TICKET_FINISHED),
    /** The current ticket is parked (the patient fetches a paper...); it returns to the queue later. */
    POSTPONE(EventType.TICKET_POSTPONED),
    /** The counter closes for a while: it gets no calls; the hall board shows it closed. */
    PAUSE(EventType.COUNTER_PAUSED),
    /** The counter opens again. */
    RESUME(EventType.COUNTER_RESUMED);

    private final EventType event;

    CounterVerb(EventType event) {
        this.event = event;
    }

    /** The path segment of the verb's route: {@code next}, {@code recall}... */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * True for the verbs that change the counter itself ({@link #PAUSE}, {@link #RESUME}): they
     * answer the counter, the others the ticket they changed.
     */
    public boolean aboutCounter() {
        return this == PAUSE || this == RESUME;
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
