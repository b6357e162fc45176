package vn.tiepdon.server.queue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.core.identity.IdentityCheck;
import vn.tiepdon.core.queue.Clinic;
import vn.tiepdon.core.queue.Ticket;
import vn.tiepdon.core.queue.TicketNumbering;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;
import vn.tiepdon.server.storage.Tx;

/**
 * Tickets in the database. Numbers are unique per queue per service day: the sequence row of a
 * queue is locked by the increment until the issuing transaction ends, so two kiosks never get the
 * same number, on H2 or PostgreSQL, from one server or several. Writes take the caller's
 * connection, so a ticket is stored in the same transaction as its lookup and its event.
 */
public final class TicketStore {
    private static final String UNIQUE_VIOLATION = "23505";
    private final Database db;
    /** Numbering rows known to exist: the first check-in of a queue each day creates its row. */
    private final java.util.Set<String> prepared = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public TicketStore(Database db) {
        this.db = db;
    }

    /** What a new ticket carries besides its number; {@code clinic}: chosen at the kiosk. */
    public record NewTicket(LocalDate day, String queueId, String prefix, String kioskId, Optional<Long> lookupId,
                            Optional<String> patientName, Optional<IdentityCheck> identityCheck, Instant at,
                            Optional<Clinic> clinic) {
        /** A ticket without a clinic. */
        public NewTicket(LocalDate day, String queueId, String prefix, String kioskId, Optional<Long> lookupId,
                         Optional<String> patientName, Optional<IdentityCheck> identityCheck, Instant at) {
            this(day, queueId, prefix, kioskId, lookupId, patientName, identityCheck, at, Optional.empty());
        }
    }

    /**
     * Makes sure the numbering row of {@code queueId} on {@code day} exists, in a transaction of
     * its own (two kiosks creating it at once is fine), so that issuing only updates it.
     */
    public void prepareNumbering(LocalDate day, String queueId) {
        String key = day + "/" + queueId;
        if (prepared.contains(key)) {
            return;
        }
        try {
            Jdbc.inTransaction(db, c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "select 1 from ticket_sequences where service_day = ? and queue_id = ?")) {
                    ps.setDate(1, Date.valueOf(day));
                    ps.setString(2, queueId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return null;
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "insert into ticket_sequences (service_day, queue_id, last_sequence) values (?, ?, 0)")) {
                    ps.setDate(1, Date.valueOf(day));
                    ps.setString(2, queueId);
                    ps.executeUpdate();
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (!(e.getCause() instanceof SQLException s) || !UNIQUE_VIOLATION.equals(s.getSQLState())) {
                throw e;
            }
            // another kiosk created the row at the same moment: fine
        }
        prepared.add(key);
    }

    /**
     * Issues the next number of the queue in the caller's transaction ({@link #prepareNumbering}
     * first), holding this process's lock on the queue's numbering row until the transaction ends.
     */
    public Ticket issue(Tx tx, NewTicket t) throws SQLException {
        tx.lockRowUntilEnd("numbering/" + t.day() + "/" + t.queueId());
        return issue(tx.connection(), t);
    }

    /** Issues the next number of the queue in the caller's transaction ({@link #prepareNumbering} first). */
    public Ticket issue(Connection c, NewTicket t) throws SQLException {
        int sequence = incrementSequence(c, t.day(), t.queueId());
        String number = TicketNumbering.format(t.prefix(), sequence);
        String sql = "insert into tickets (service_day, queue_id, sequence, number, status, kiosk_id, lookup_id,"
                + " patient_name, issued_at, identity_check, order_key, clinic_id, clinic_name, clinic_room)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setDate(1, Date.valueOf(t.day()));
            ps.setString(2, t.queueId());
            ps.setInt(3, sequence);
            ps.setString(4, number);
            ps.setString(5, TicketStatus.WAITING.name());
            ps.setString(6, t.kioskId());
            if (t.lookupId().isPresent()) {
                ps.setLong(7, t.lookupId().get());
            } else {
                ps.setNull(7, java.sql.Types.BIGINT);
            }
            Jdbc.setOptionalString(ps, 8, t.patientName());
            Jdbc.setInstant(ps, 9, t.at());
            Jdbc.setOptionalString(ps, 10, t.identityCheck().map(IdentityCheck::name));
            long orderKey = t.at().toEpochMilli();
            ps.setLong(11, orderKey);
            Jdbc.setOptionalString(ps, 12, t.clinic().map(Clinic::id));
            Jdbc.setOptionalString(ps, 13, t.clinic().map(Clinic::name));
            Jdbc.setOptionalString(ps, 14, t.clinic().map(Clinic::room));
            ps.executeUpdate();
            long id = Jdbc.generatedId(ps);
            return new Ticket(id, number, t.queueId(), t.day(), sequence, TicketStatus.WAITING, t.at(),
                    Optional.empty(), Optional.empty(), t.lookupId(), t.kioskId(), t.patientName(), t.identityCheck(),
                    orderKey, 0, Optional.empty(), Optional.empty(), t.clinic());
        }
    }

    private static int incrementSequence(Connection c, LocalDate day, String queueId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update ticket_sequences set last_sequence = last_sequence + 1"
                + " where service_day = ? and queue_id = ?")) {
            ps.setDate(1, Date.valueOf(day));
            ps.setString(2, queueId);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no sequence row for " + queueId + " on " + day);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "select last_sequence from ticket_sequences where service_day = ? and queue_id = ?")) {
            ps.setDate(1, Date.valueOf(day));
            ps.setString(2, queueId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    public Optional<Ticket> find(long id) {
        return Jdbc.inTransaction(db, c -> find(c, id));
    }

    public Optional<Ticket> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select * from tickets where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** The ticket whose current lookup is {@code lookupId} (a lookup a re-run replaced has none). */
    public Optional<Ticket> byLookup(Connection c, long lookupId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select * from tickets where lookup_id = ? order by id")) {
            ps.setMaxRows(1);
            ps.setLong(1, lookupId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Points the ticket at another lookup (the re-run of its lookup at the desk). */
    public void pointAtLookup(Connection c, long ticketId, long lookupId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update tickets set lookup_id = ? where id = ?")) {
            ps.setLong(1, lookupId);
            ps.setLong(2, ticketId);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no ticket " + ticketId);
            }
        }
    }

    /** Sets the ticket's patient name when it has none yet (a late lookup answer brought it). */
    public boolean fillPatientName(Connection c, long ticketId, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update tickets set patient_name = ? where id = ? and patient_name is null")) {
            ps.setString(1, name);
            ps.setLong(2, ticketId);
            return ps.executeUpdate() == 1;
        }
    }

    /** The tickets of a day, oldest first, optionally of one status. */
    public List<Ticket> ofDay(LocalDate day, Optional<TicketStatus> status) {
        return Jdbc.inTransaction(db, c -> ofDay(c, day, status));
    }

    public List<Ticket> ofDay(Connection c, LocalDate day, Optional<TicketStatus> status) throws SQLException {
        String sql = "select * from tickets where service_day = ?" + (status.isPresent() ? " and status = ?" : "")
                + " order by id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(day));
            if (status.isPresent()) {
                ps.setString(2, status.get().name());
            }
            List<Ticket> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        }
    }

    /** The ticket a counter called last and has not finished or skipped. */
    public Optional<Ticket> currentAt(Connection c, LocalDate day, String counterId) throws SQLException {
        String sql = "select * from tickets where service_day = ? and counter_id = ? and status = 'CALLED'"
                + " order by called_at desc, id desc";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setMaxRows(1);
            ps.setDate(1, Date.valueOf(day));
            ps.setString(2, counterId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Marks a waiting ticket called to a counter; false when another counter took it first. */
    public boolean claim(Connection c, long ticketId, String counterId, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update tickets set status = 'CALLED', counter_id = ?,"
                + " called_at = ? where id = ? and status = 'WAITING'")) {
            ps.setString(1, counterId);
            Jdbc.setInstant(ps, 2, at);
            ps.setLong(3, ticketId);
            return ps.executeUpdate() == 1;
        }
    }

    /** Today's ticket with this number ({@code A012}), any status. */
    public Optional<Ticket> byNumber(Connection c, LocalDate day, String number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select * from tickets where service_day = ? and number = ?"
                + " order by id desc")) {
            ps.setMaxRows(1);
            ps.setDate(1, Date.valueOf(day));
            ps.setString(2, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Counts a recall of a called ticket; false when it was no longer CALLED. */
    public boolean recall(Connection c, long ticketId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update tickets set recall_count = recall_count + 1 where id = ? and status = 'CALLED'")) {
            ps.setLong(1, ticketId);
            return ps.executeUpdate() == 1;
        }
    }

    /** Parks a called ticket (its counter postponed it); false when it was no longer CALLED. */
    public boolean park(Connection c, long ticketId, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update tickets set status = 'PARKED', parked_at = ? where id = ? and status = 'CALLED'")) {
            Jdbc.setInstant(ps, 1, at);
            ps.setLong(2, ticketId);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Puts a ticket that is {@code from} back in its queue as WAITING (no counter), at
     * {@code orderKey} (empty: its place stays); false when it was not {@code from}.
     */
    public boolean backToQueue(Connection c, long ticketId, TicketStatus from, Optional<Long> orderKey)
            throws SQLException {
        String sql = "update tickets set status = 'WAITING', counter_id = null"
                + (orderKey.isPresent() ? ", order_key = ?" : "") + " where id = ? and status = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (orderKey.isPresent()) {
                ps.setLong(i++, orderKey.get());
            }
            ps.setLong(i++, ticketId);
            ps.setString(i, from.name());
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Moves a waiting, called or parked ticket to {@code queueId} (reserved for
     * {@code targetCounter} when given) as WAITING, keeping its place in time; false when it was
     * served or skipped meanwhile.
     */
    public boolean transfer(Connection c, long ticketId, String queueId, Optional<String> targetCounter, String note)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update tickets set status = 'WAITING', counter_id = null,"
                + " queue_id = ?, target_counter = ?, note = ? where id = ? and status in ('WAITING', 'CALLED', 'PARKED')")) {
            ps.setString(1, queueId);
            Jdbc.setOptionalString(ps, 2, targetCounter);
            Jdbc.setOptionalString(ps, 3, Optional.of(note).filter(n -> !n.isBlank()));
            ps.setLong(4, ticketId);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Moves a ticket that is still WAITING (never called) to {@code queueId}, keeping its number and
     * place in time, with {@code note} for the desk; false when it was no longer waiting.
     */
    public boolean moveWaiting(Connection c, long ticketId, String queueId, Optional<String> note)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update tickets set queue_id = ?, target_counter = null,"
                + " note = ? where id = ? and status = 'WAITING'")) {
            ps.setString(1, queueId);
            Jdbc.setOptionalString(ps, 2, note);
            ps.setLong(3, ticketId);
            return ps.executeUpdate() == 1;
        }
    }

    /** The lowest place among the waiting tickets of a queue today (to put a ticket before them). */
    public Optional<Long> frontOf(Connection c, LocalDate day, String queueId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select min(order_key) from tickets where service_day = ?"
                + " and queue_id = ? and status = 'WAITING'")) {
            ps.setDate(1, Date.valueOf(day));
            ps.setString(2, queueId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long min = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(min);
            }
        }
    }

    /** Closes a called ticket as SERVED or SKIPPED; false when it was no longer CALLED. */
    public boolean close(Connection c, long ticketId, TicketStatus status, Instant at) throws SQLException {
        if (status != TicketStatus.SERVED && status != TicketStatus.SKIPPED) {
            throw new IllegalArgumentException("a called ticket closes as SERVED or SKIPPED, not " + status);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "update tickets set status = ?, finished_at = ? where id = ? and status = 'CALLED'")) {
            ps.setString(1, status.name());
            Jdbc.setInstant(ps, 2, at);
            ps.setLong(3, ticketId);
            return ps.executeUpdate() == 1;
        }
    }

    private static Ticket read(ResultSet rs) throws SQLException {
        long lookupId = rs.getLong("lookup_id");
        Optional<Long> lookup = rs.wasNull() ? Optional.empty() : Optional.of(lookupId);
        return new Ticket(rs.getLong("id"), rs.getString("number"), rs.getString("queue_id"),
                rs.getDate("service_day").toLocalDate(), rs.getInt("sequence"),
                TicketStatus.valueOf(rs.getString("status")), Jdbc.instant(rs, "issued_at"),
                Jdbc.optionalInstant(rs, "called_at"), Jdbc.optionalString(rs, "counter_id"), lookup,
                rs.getString("kiosk_id"), Jdbc.optionalString(rs, "patient_name"),
                Jdbc.optionalString(rs, "identity_check").map(IdentityCheck::valueOf), rs.getLong("order_key"),
                rs.getInt("recall_count"), Jdbc.optionalString(rs, "note"), Jdbc.optionalString(rs, "target_counter"),
                clinic(rs));
    }

    private static Optional<Clinic> clinic(ResultSet rs) throws SQLException {
        Optional<String> id = Jdbc.optionalString(rs, "clinic_id");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Clinic(id.get(), Jdbc.optionalString(rs, "clinic_name").orElse(id.get()),
                Jdbc.optionalString(rs, "clinic_room").orElse("")));
    }
}
