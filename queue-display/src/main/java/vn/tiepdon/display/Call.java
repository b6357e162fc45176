package vn.tiepdon.display;

import java.time.Instant;
import java.util.Objects;

/**
 * One call on the hall board: ticket {@code ticketNumber} to {@code counterName}. {@code eventId}
 * tells two calls of the same ticket apart (a recall is a new call).
 */
public record Call(long eventId, long ticketId, String ticketNumber, String counterName, Instant at,
                   boolean recall, boolean priority) {
    public Call {
        Objects.requireNonNull(ticketNumber);
        Objects.requireNonNull(counterName);
        Objects.requireNonNull(at);
    }
}
