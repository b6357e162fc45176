package vn.tiepdon.server.checkin;

/** A kiosk asked for a queue that is not configured. */
public class UnknownQueueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownQueueException(String queueId) {
        super("unknown queue: " + queueId);
    }
}
