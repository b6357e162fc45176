package vn.tiepdon.server.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;

/**
 * Queue statistics over a range of service days, from the tickets and their events: the range's
 * tickets (by id) and the events that matter of the ids between its first and last ticket (by
 * ticket, then event: one walk of the index {@code events_ticket}) stream side by side, and
 * {@link TicketHistory} folds each ticket's events as they pass; nothing is asked per ticket. Only
 * the tickets whose row lost the counter that called them (transferred, returned or restored since)
 * have their call events' payloads read, in one more query. The definitions are in
 * {@link TicketHistory} and docs/queue-statistics.md.
 */
public final class QueueStatistics {
    /** The longest range asked at once (a year and a day). */
    public static final int MAX_DAYS = 366;

    private static final List<EventType> COUNTED = List.of(EventType.TICKET_CALLED, EventType.TICKET_RECALLED,
            EventType.TICKET_FINISHED, EventType.TICKET_SKIPPED, EventType.TICKET_RESTORED);
    private static final String TYPES = COUNTED.stream().map(type -> "'" + type.wire() + "'")
            .collect(Collectors.joining(","));
    /** The range's tickets, in id order. */
    private static final String TICKETS = "select id, queue_id, issued_at, counter_id from tickets"
            + " where service_day between ? and ? order by id";
    /** The first and last ticket id of the range (ids follow issue order, so the range's tickets lie between). */
    private static final String BOUNDS = "select min(id), max(id) from tickets where service_day between ? and ?";
    /** The counted events of the tickets with ids in a range, by ticket then event: one index range walk. */
    private static final String EVENTS = "select ticket_id, type, at from events"
            + " where ticket_id between ? and ? and type in (" + TYPES + ") order by ticket_id, id";
    /**
     * The calls of the range's tickets whose row no longer names the counter (transferred, returned or
     * restored since): few, and only these payloads are read.
     */
    private static final String LOST_CALLERS = "select e.ticket_id, e.payload from tickets t"
            + " join events e on e.ticket_id = t.id and e.type = '" + EventType.TICKET_CALLED.wire() + "'"
            + " where t.service_day between ? and ? and t.counter_id is null order by e.ticket_id, e.id";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;
    private final ZoneId zone;

    /** @param zone the hospital's zone (the hour of issue is counted in it) */
    public QueueStatistics(Database db, ZoneId zone) {
        this.db = Objects.requireNonNull(db);
        this.zone = Objects.requireNonNull(zone);
    }

    /**
     * The statistics of the tickets of service days {@code from}..{@code to}, both included.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from} or the range is longer
     *                                  than {@link #MAX_DAYS}
     */
    public QueueStats between(LocalDate from, LocalDate to) {
        checkRange(from, to);
        QueueStatsFold fold = new QueueStatsFold();
        Jdbc.inTransaction(db, c -> {
            Map<Long, String> lostCallers = lostCallers(c, from, to);
            long[] bounds = bounds(c, from, to);
            if (bounds.length == 0) {
                return null;
            }
            try (PreparedStatement tickets = c.prepareStatement(TICKETS);
                 PreparedStatement events = c.prepareStatement(EVENTS)) {
                tickets.setFetchSize(FETCH);
                tickets.setDate(1, Date.valueOf(from));
                tickets.setDate(2, Date.valueOf(to));
                events.setFetchSize(FETCH);
                events.setLong(1, bounds[0]);
                events.setLong(2, bounds[1]);
                try (ResultSet t = tickets.executeQuery(); ResultSet e = events.executeQuery()) {
                    merge(t, e, lostCallers, fold);
                }
            }
            return null;
        });
        return fold.result(from, to);
    }

    /** The same checks as {@link #between}, with the message to show. */
    public static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'from' (" + from + ") is after 'to' (" + to + ")");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("the range " + from + ".." + to + " has " + days + " days; at most "
                    + MAX_DAYS + " at once");
        }
    }

    private static final int FETCH = 5_000;

    /** Walks the tickets and the events (both in ticket id order) together. */
    private void merge(ResultSet t, ResultSet e, Map<Long, String> lostCallers, QueueStatsFold fold)
            throws SQLException {
        boolean moreEvents = e.next();
        while (t.next()) {
            long id = t.getLong(1);
            TicketHistory ticket = new TicketHistory(t.getString(2), Jdbc.instant(t, "issued_at"), zone,
                    Optional.ofNullable(t.getString(4)));
            Optional<String> lostCaller = Optional.ofNullable(lostCallers.get(id));
            while (moreEvents && e.getLong(1) < id) { // events of tickets of other days between the bounds
                moreEvents = e.next();
            }
            while (moreEvents && e.getLong(1) == id) {
                Optional<EventType> type = EventType.ofWire(e.getString(2));
                if (type.isPresent()) {
                    ticket.add(type.get(), Jdbc.instant(e, "at"), lostCaller);
                }
                moreEvents = e.next();
            }
            fold.add(ticket.facts());
        }
    }

    private static long[] bounds(Connection c, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BOUNDS)) {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long min = rs.getLong(1);
                return rs.wasNull() ? new long[0] : new long[] {min, rs.getLong(2)};
            }
        }
    }

    /** The counter that last called each ticket whose row lost it, from the stored call events. */
    private static Map<Long, String> lostCallers(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(LOST_CALLERS)) {
            ps.setFetchSize(FETCH);
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long ticket = rs.getLong(1);
                    caller(rs.getString(2)).ifPresent(counter -> out.put(ticket, counter));
                }
            }
        }
        return out;
    }

    /** The counter a stored {@code ticket.called} event's ticket was called to. */
    private static Optional<String> caller(String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        try {
            JsonNode counter = JSON.readTree(payload).get("counterId");
            return counter == null || counter.isNull() ? Optional.empty() : Optional.of(counter.asText());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
