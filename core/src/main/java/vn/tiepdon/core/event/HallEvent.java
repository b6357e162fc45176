package vn.tiepdon.core.event;

import java.time.Instant;
import java.util.Objects;
import vn.tiepdon.core.api.HallCall;

/**
 * One state change as the hall event stream ({@code GET /api/v1/events/hall}) carries it: the
 * same id, type and time as the staff event, with a {@link HallCall} instead of the ticket.
 */
public record HallEvent(long id, EventType type, Instant at, HallCall call) {
    public HallEvent {
        Objects.requireNonNull(type);
        Objects.requireNonNull(at);
        Objects.requireNonNull(call);
    }
}
