package vn.tiepdon.server.lookups;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;

/**
 * The pending lookups in the lookup log: which are due for a background retry, claiming one (so
 * several server instances on one database never retry the same lookup at once), and storing what
 * a retry got.
 */
public final class PendingLookupStore {
    private final Database db;

    public PendingLookupStore(Database db) {
        this.db = db;
    }

    /** A pending lookup due for a retry, with the background retries already made. */
    public record Due(LookupRecord lookup, int backgroundRetries, Optional<Long> ticketId) {
    }

    /** Pending lookups of {@code day} whose retry is due at {@code now}, earliest first. */
    public List<Due> due(LocalDate day, Instant now, int limit) {
        String sql = "select * from lookups where pending = true and service_day = ? and next_retry_at <= ?"
                + " order by next_retry_at, id";
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setMaxRows(limit);
                ps.setDate(1, Date.valueOf(day));
                Jdbc.setInstant(ps, 2, now);
                List<Due> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long ticket = rs.getLong("ticket_id");
                        Optional<Long> ticketId = rs.wasNull() ? Optional.empty() : Optional.of(ticket);
                        out.add(new Due(LookupStore.read(rs), rs.getInt("background_retries"), ticketId));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Takes a due lookup for one retry: counts the retry and moves its next retry to
     * {@code leaseUntil} (when it is tried again should this instance die mid-retry).
     *
     * @return false when another instance took it first
     */
    public boolean claim(Due due, Instant leaseUntil) {
        String sql = "update lookups set background_retries = background_retries + 1, next_retry_at = ?"
                + " where id = ? and pending = true and background_retries = ?";
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Jdbc.setInstant(ps, 1, leaseUntil);
                ps.setLong(2, due.lookup().id());
                ps.setInt(3, due.backgroundRetries());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Gives back a claimed retry that sent nothing (breaker open, budget spent, calls stopped): the
     * lookup stays pending, its retry is not counted, and it is due again at {@code next}.
     */
    public void defer(long lookupId, Instant next) {
        String sql = "update lookups set background_retries = background_retries - 1, next_retry_at = ?"
                + " where id = ? and pending = true and background_retries > 0";
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Jdbc.setInstant(ps, 1, next);
                ps.setLong(2, lookupId);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Stores what a retry got: the outcome (when a request was sent at all), the requests, and
     * whether the lookup stays pending.
     *
     * <p>A lookup a receptionist settled meanwhile (re-ran it, accepted a card, marked the visit
     * fee-paying: {@link LookupRecord#settledByStaff()}) keeps its outcome and stays settled; only
     * the requests sent are added to its log.
     *
     * @param nextRetryAt when it is retried again; empty ends the pending state
     * @return the lookup as stored now
     */
    public LookupRecord record(Connection c, long lookupId, Optional<LookupOutcome> outcome,
                               List<LookupAttempt> attempts, Optional<Instant> nextRetryAt) throws SQLException {
        LookupRecord current = lock(c, lookupId);
        if (current.settledByStaff()) {
            try (PreparedStatement ps = c.prepareStatement("update lookups set attempts = ? where id = ?")) {
                ps.setInt(1, current.attempts() + attempts.size());
                ps.setLong(2, lookupId);
                ps.executeUpdate();
            }
            LookupStore.addAttempts(c, lookupId, attempts);
            return read(c, lookupId);
        }
        LookupRecord updated = outcome.map(current::withOutcome).orElse(current);
        String sql = "update lookups set outcome = ?, code = ?, lookup_class = ?, no_answer_reason = ?,"
                + " detail = ?, patient_message = ?, staff_message = ?, millis = ?, attempts = ?, pending = ?,"
                + " next_retry_at = ? where id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, LookupStore.storedOutcome(updated.outcome()));
            Jdbc.setOptionalString(ps, i++, updated.code());
            ps.setString(i++, updated.lookupClass().name());
            Jdbc.setOptionalString(ps, i++, updated.outcome().reason().map(Enum::name));
            Jdbc.setOptionalString(ps, i++, updated.detail().map(LookupStore::clip));
            ps.setString(i++, updated.patientMessage());
            ps.setString(i++, updated.staffMessage());
            ps.setLong(i++, updated.millis());
            ps.setInt(i++, current.attempts() + attempts.size());
            ps.setBoolean(i++, nextRetryAt.isPresent());
            Jdbc.setOptionalInstant(ps, i++, nextRetryAt);
            ps.setLong(i, lookupId);
            ps.executeUpdate();
        }
        LookupStore.addAttempts(c, lookupId, attempts);
        return read(c, lookupId);
    }

    private static LookupRecord lock(Connection c, long lookupId) throws SQLException {
        return read(c, lookupId, " for update");
    }

    private static LookupRecord read(Connection c, long lookupId) throws SQLException {
        return read(c, lookupId, "");
    }

    private static LookupRecord read(Connection c, long lookupId, String lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select * from lookups where id = ?" + lock)) {
            ps.setLong(1, lookupId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no lookup " + lookupId);
                }
                return LookupStore.read(rs);
            }
        }
    }

    /** Ends the pending state of lookups from before {@code day}: they keep their latest outcome. */
    public int expireBefore(LocalDate day) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("update lookups set pending = false, next_retry_at = null"
                    + " where pending = true and service_day < ?")) {
                ps.setDate(1, Date.valueOf(day));
                return ps.executeUpdate();
            }
        });
    }
}
