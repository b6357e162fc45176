package vn.tiepdon.server.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;

/**
 * Queue statistics over a range of service days, from the tickets and their events: one query
 * reads the range's tickets joined with their events that matter (ordered by ticket, then event),
 * and {@link TicketHistory} folds each ticket's events as the rows stream by; nothing is asked per
 * ticket. The definitions are in {@link TicketHistory} and docs/queue-statistics.md.
 */
public final class QueueStatistics {
    /** The longest range asked at once (a year and a day). */
    public static final int MAX_DAYS = 366;

    private static final List<EventType> COUNTED = List.of(EventType.TICKET_CALLED, EventType.TICKET_RECALLED,
            EventType.TICKET_FINISHED, EventType.TICKET_SKIPPED, EventType.TICKET_RESTORED);
    private static final String SQL = "select t.id, t.queue_id, t.issued_at, t.counter_id, e.type, e.at,"
            + " case when t.counter_id is null and e.type = '" + EventType.TICKET_CALLED.wire() + "' then e.payload"
            + " end as call_payload"
            + " from tickets t left join events e on e.ticket_id = t.id and e.type in ("
            + COUNTED.stream().map(type -> "'" + type.wire() + "'").collect(Collectors.joining(",")) + ")"
            + " where t.service_day between ? and ?"
            + " order by t.id, e.id";
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
            try (PreparedStatement ps = c.prepareStatement(SQL)) {
                ps.setFetchSize(2_000);
                ps.setDate(1, Date.valueOf(from));
                ps.setDate(2, Date.valueOf(to));
                try (ResultSet rs = ps.executeQuery()) {
                    read(rs, fold);
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

    private void read(ResultSet rs, QueueStatsFold fold) throws SQLException {
        long currentId = Long.MIN_VALUE;
        TicketHistory ticket = null;
        while (rs.next()) {
            long id = rs.getLong(1);
            if (id != currentId) {
                if (ticket != null) {
                    fold.add(ticket.facts());
                }
                currentId = id;
                ticket = new TicketHistory(rs.getString(2), Jdbc.instant(rs, "issued_at"), zone,
                        Optional.ofNullable(rs.getString(4)));
            }
            String type = rs.getString(5);
            if (type == null) {
                continue; // a ticket without any counted event
            }
            Optional<EventType> known = EventType.ofWire(type);
            if (known.isPresent()) {
                ticket.add(known.get(), Jdbc.instant(rs, "at"), caller(rs.getString(7)));
            }
        }
        if (ticket != null) {
            fold.add(ticket.facts());
        }
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
