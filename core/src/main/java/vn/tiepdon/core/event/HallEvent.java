package vn.tiepdon.core.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.api.HallCall;

/**
 * One state change as the hall event stream ({@code GET /api/v1/events/hall}) carries it: the
 * same id, type and time as the staff event, with a {@link HallCall} instead of the ticket, or the
 * counter for {@code counter.paused} / {@code counter.resumed}.
 */
public record HallEvent(long id, EventType type, Instant at, Optional<HallCall> call, Optional<CounterView> counter) {
    public HallEvent {
        Objects.requireNonNull(type);
        Objects.requireNonNull(at);
        call = call == null ? Optional.empty() : call;
        counter = counter == null ? Optional.empty() : counter;
        if (call.isEmpty() && counter.isEmpty()) {
            throw new IllegalArgumentException("a hall event is about a ticket or a counter");
        }
    }

    /** A ticket event. */
    public HallEvent(long id, EventType type, Instant at, HallCall call) {
        this(id, type, at, Optional.of(call), Optional.empty());
    }
}
