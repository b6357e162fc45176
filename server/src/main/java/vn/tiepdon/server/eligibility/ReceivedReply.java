package vn.tiepdon.server.eligibility;

import java.util.Objects;
import java.util.Optional;

/**
 * What came back for one gateway request, when anything did.
 *
 * @param httpStatus the HTTP status
 * @param bytes      the body's length
 * @param message    the gateway's {@code ghiChu}, when the body had one (may hold personal data:
 *                   stored, never logged); cut to {@link #MAX_MESSAGE} characters
 */
public record ReceivedReply(int httpStatus, long bytes, Optional<String> message) {
    public static final int MAX_MESSAGE = 1000;

    public ReceivedReply {
        Objects.requireNonNull(message, "message");
        message = message.map(m -> m.length() > MAX_MESSAGE ? m.substring(0, MAX_MESSAGE) : m);
    }

    @Override
    public String toString() {
        return "ReceivedReply[httpStatus=" + httpStatus + ", bytes=" + bytes + "]";
    }
}
