package vn.tiepdon.server.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;
import vn.tiepdon.server.storage.StorageException;

/**
 * Every state change, stored in order and fanned out to subscribers (the event stream of each
 * display and desk). Appending is serialised by a short lock around the insert and the hand-off,
 * so subscribers see ids strictly increasing; no network call happens under it.
 */
public final class EventLog {
    private static final Logger log = LoggerFactory.getLogger(EventLog.class);
    private final Database db;
    private final JsonMapper json;
    private final ReentrantLock appendLock = new ReentrantLock();
    private final List<Consumer<ReceptionEvent>> subscribers = new CopyOnWriteArrayList<>();

    public EventLog(Database db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public ReceptionEvent append(String type, TicketView ticket, Instant at) {
        String payload;
        try {
            payload = json.writeValueAsString(ticket);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ticket view not serialisable", e);
        }
        appendLock.lock();
        try {
            long id = Jdbc.inTransaction(db, c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "insert into events (type, at, ticket_id, payload) values (?,?,?,?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, type);
                    Jdbc.setInstant(ps, 2, at);
                    ps.setLong(3, ticket.id());
                    ps.setString(4, payload);
                    ps.executeUpdate();
                    return Jdbc.generatedId(ps);
                }
            });
            ReceptionEvent event = new ReceptionEvent(id, type, at, ticket);
            for (Consumer<ReceptionEvent> s : subscribers) {
                try {
                    s.accept(event);
                } catch (RuntimeException e) {
                    log.warn("Event subscriber failed on event {} ({}): {}", id, type, e.toString());
                }
            }
            return event;
        } finally {
            appendLock.unlock();
        }
    }

    /** Stored events with id greater than {@code afterId}, oldest first, at most {@code limit}. */
    public List<ReceptionEvent> after(long afterId, int limit) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select id, type, at, payload from events where id > ? order by id")) {
                ps.setMaxRows(limit);
                ps.setLong(1, afterId);
                List<ReceptionEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ReceptionEvent(rs.getLong(1), rs.getString(2), Jdbc.instant(rs, "at"),
                                readTicket(rs.getString(4))));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Calls {@code subscriber} for each new event, on the appending thread: it must hand the
     * event off quickly (e.g. to its own queue). Returns the handle that unsubscribes.
     */
    public AutoCloseable subscribe(Consumer<ReceptionEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    private TicketView readTicket(String payload) {
        try {
            return json.readValue(payload, TicketView.class);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored event payload unreadable", e);
        }
    }
}
