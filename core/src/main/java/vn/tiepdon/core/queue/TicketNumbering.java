package vn.tiepdon.core.queue;

/** Ticket numbers as patients see them: the queue prefix and a sequence of at least three digits. */
public final class TicketNumbering {
    private TicketNumbering() {
    }

    /** {@code format("A", 1)} is {@code A001}; {@code format("A", 1234)} is {@code A1234}. */
    public static String format(String prefix, int sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
        return prefix + String.format("%03d", sequence);
    }
}
