package vn.tiepdon.core.queue;

public enum TicketStatus {
    WAITING,
    CALLED,
    SERVED,
    SKIPPED
}
