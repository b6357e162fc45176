package vn.tiepdon.app.crash;

import java.util.ArrayList;
import java.util.List;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.core.event.ReceptionEvent;

/** Every event a subscription delivered, in delivery order (thread-safe). */
final class EventRecorder {
    /** One delivered event: its id, type and ticket. */
    record Seen(long id, EventType type, long ticketId) {
    }

    private final List<Seen> seen = new ArrayList<>();

    void hall(HallEvent e) {
        add(new Seen(e.id(), e.type(), e.call().map(c -> c.ticketId()).orElse(0L)));
    }

    void staff(ReceptionEvent e) {
        add(new Seen(e.id(), e.type(), e.ticket().map(t -> t.id()).orElse(0L)));
    }

    private synchronized void add(Seen s) {
        seen.add(s);
    }

    synchronized List<Seen> all() {
        return List.copyOf(seen);
    }

    synchronized int size() {
        return seen.size();
    }

    /** True once the {@code type} event of ticket {@code ticketId} has been delivered. */
    synchronized boolean has(EventType type, long ticketId) {
        return seen.stream().anyMatch(s -> s.type() == type && s.ticketId() == ticketId);
    }

    synchronized long lastId() {
        return seen.isEmpty() ? 0 : seen.get(seen.size() - 1).id();
    }
}
