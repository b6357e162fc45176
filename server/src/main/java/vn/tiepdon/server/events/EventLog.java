package vn.tiepdon.server.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.api.GatewayNotice;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;
import vn.tiepdon.server.storage.StorageException;
import vn.tiepdon.server.storage.Tx;

/**
 * Every state change, stored in the transaction that makes the change and handed to subscribers
 * (the event streams of desks and displays) once that transaction has committed.
 *
 * <p>Ids come from the {@code event_counter} row, incremented in the same transaction: the row
 * lock orders events by commit, so ids have no gaps and are never reused, even after a crash. The
 * event must be the last write of its transaction; from the increment to the hand-off a short lock
 * keeps this instance's hand-offs in id order (no network call happens under it).
 */
public final class EventLog {
    private static final Logger log = LoggerFactory.getLogger(EventLog.class);
    private final Database db;
    private final JsonMapper json;
    private final ReentrantLock handOffOrder = new ReentrantLock();
    private final List<Consumer<ReceptionEvent>> subscribers = new CopyOnWriteArrayList<>();

    public EventLog(Database db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * Stores an event in {@code tx} (its last write) and hands it to subscribers after the commit.
     *
     * @param actor who made the change: {@code kiosk:kiosk-1}, {@code user:lan}, {@code server}
     */
    public ReceptionEvent append(Tx tx, EventType type, TicketView ticket, Instant at, String actor)
            throws SQLException {
        return append(tx, new ReceptionEvent(0, type, at, ticket), actor);
    }

    /** Stores a counter event ({@code counter.paused}...) in {@code tx}, as its last write. */
    public ReceptionEvent append(Tx tx, EventType type, CounterView counter, Instant at, String actor)
            throws SQLException {
        return append(tx, new ReceptionEvent(0, type, at, Optional.empty(), Optional.of(counter)), actor);
    }

    /** Stores a gateway event ({@code gateway.stopped}...) in {@code tx}, as its last write. */
    public ReceptionEvent append(Tx tx, EventType type, GatewayNotice notice, Instant at, String actor)
            throws SQLException {
        return append(tx, new ReceptionEvent(0, type, at, notice), actor);
    }

    private ReceptionEvent append(Tx tx, ReceptionEvent unnumbered, String actor) throws SQLException {
        String payload;
        try {
            payload = unnumbered.ticket().isPresent() ? json.writeValueAsString(unnumbered.ticket().get())
                    : unnumbered.counter().isPresent() ? json.writeValueAsString(unnumbered.counter().get())
                    : json.writeValueAsString(unnumbered.gateway().orElseThrow());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable", e);
        }
        EventType type = unnumbered.type();
        Instant at = unnumbered.at();
        handOffOrder.lock();
        tx.atEnd(handOffOrder::unlock);
        long id = nextId(tx);
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "insert into events (id, type, at, ticket_id, counter_id, payload, actor) values (?,?,?,?,?,?,?)")) {
            ps.setLong(1, id);
            ps.setString(2, type.wire());
            Jdbc.setInstant(ps, 3, at);
            if (unnumbered.ticket().isPresent()) {
                ps.setLong(4, unnumbered.ticket().get().id());
            } else {
                ps.setNull(4, java.sql.Types.BIGINT);
            }
            Jdbc.setOptionalString(ps, 5, unnumbered.counter().map(CounterView::id));
            ps.setString(6, payload);
            ps.setString(7, actor);
            ps.executeUpdate();
        }
        ReceptionEvent event = new ReceptionEvent(id, type, at, unnumbered.ticket(), unnumbered.counter(),
                unnumbered.gateway());
        tx.afterCommit(() -> handOff(event));
        return event;
    }

    private static long nextId(Tx tx) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "update event_counter set last_id = last_id + 1 where id = 1")) {
            if (ps.executeUpdate() != 1) {
                throw new SQLException("event_counter row missing");
            }
        }
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "select last_id from event_counter where id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void handOff(ReceptionEvent event) {
        for (Consumer<ReceptionEvent> s : subscribers) {
            try {
                s.accept(event);
            } catch (RuntimeException e) {
                log.warn("Event subscriber failed on event {} ({}): {}", event.id(), event.type(), e.toString());
            }
        }
    }

    /** Stored events with id greater than {@code afterId}, oldest first, at most {@code limit}. */
    public List<ReceptionEvent> after(long afterId, int limit) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select id, type, at, payload, ticket_id from events where id > ? order by id")) {
                ps.setMaxRows(limit);
                ps.setLong(1, afterId);
                List<ReceptionEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Optional<EventType> type = EventType.ofWire(rs.getString(2));
                        if (type.isEmpty()) {
                            log.warn("Stored event {} has an unknown type; not replayed", rs.getLong(1));
                            continue;
                        }
                        rs.getLong(5);
                        boolean aboutTicket = !rs.wasNull();
                        out.add(aboutTicket
                                ? new ReceptionEvent(rs.getLong(1), type.get(), Jdbc.instant(rs, "at"),
                                        read(rs.getString(4), TicketView.class))
                                : type.get().wire().startsWith("gateway.")
                                ? new ReceptionEvent(rs.getLong(1), type.get(), Jdbc.instant(rs, "at"),
                                        read(rs.getString(4), GatewayNotice.class))
                                : new ReceptionEvent(rs.getLong(1), type.get(), Jdbc.instant(rs, "at"), Optional.empty(),
                                        Optional.of(read(rs.getString(4), CounterView.class))));
                    }
                }
                return out;
            }
        });
    }

    /** A stored gateway event's payload. */
    public GatewayNotice readNotice(String payload) {
        return read(payload, GatewayNotice.class);
    }

    /** The id of the newest stored event (0 when there is none). */
    public long lastId() {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("select last_id from event_counter where id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /**
     * Calls {@code subscriber} for each new event once its transaction committed, in id order, on
     * the committing thread: it must hand the event off quickly (e.g. to its own queue). Returns
     * the handle that unsubscribes.
     */
    public AutoCloseable subscribe(Consumer<ReceptionEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    private <T> T read(String payload, Class<T> type) {
        try {
            return json.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new StorageException("stored event payload unreadable", e);
        }
    }
}
