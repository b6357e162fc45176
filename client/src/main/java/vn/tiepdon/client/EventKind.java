package vn.tiepdon.client;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.core.event.ReceptionEvent;

/** One of the server's event streams: its path and the event type it carries. */
record EventKind<E>(List<String> path, Class<E> type, ToLongFunction<E> ids, Function<E, EventType> types) {
    /** {@code GET /api/v1/events}: staff events with the staff ticket view. */
    static final EventKind<ReceptionEvent> STAFF = new EventKind<>(List.of("api", "v1", "events"),
            ReceptionEvent.class, ReceptionEvent::id, ReceptionEvent::type);
    /** {@code GET /api/v1/events/hall}: hall events, no names. */
    static final EventKind<HallEvent> HALL = new EventKind<>(List.of("api", "v1", "events", "hall"),
            HallEvent.class, HallEvent::id, HallEvent::type);

    EventKind {
        path = List.copyOf(path);
        Objects.requireNonNull(type);
        Objects.requireNonNull(ids);
        Objects.requireNonNull(types);
    }

    long idOf(E event) {
        return ids.applyAsLong(event);
    }

    EventType typeOf(E event) {
        return types.apply(event);
    }
}
