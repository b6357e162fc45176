package vn.tiepdon.server.portraits;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;

/** Chip portraits by ticket, one per ticket, kept for the ticket's service day only. */
public final class PortraitStore {
    private final Database db;

    public PortraitStore(Database db) {
        this.db = db;
    }

    /** Stores the portrait of a ticket, replacing the one it had. */
    public void put(long ticketId, LocalDate serviceDay, Portrait portrait, Instant at) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from ticket_portraits where ticket_id = ?")) {
                ps.setLong(1, ticketId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into ticket_portraits"
                    + " (ticket_id, service_day, content_type, image, stored_at) values (?,?,?,?,?)")) {
                ps.setLong(1, ticketId);
                ps.setDate(2, Date.valueOf(serviceDay));
                ps.setString(3, portrait.contentType());
                ps.setBytes(4, portrait.image());
                Jdbc.setInstant(ps, 5, at);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The portrait of a ticket, when one was stored (and not yet purged). */
    public Optional<Portrait> get(long ticketId) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select content_type, image from ticket_portraits where ticket_id = ?")) {
                ps.setLong(1, ticketId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Portrait(rs.getString(1), rs.getBytes(2)))
                            : Optional.<Portrait>empty();
                }
            }
        });
    }

    /** Deletes the portraits of service days before {@code day}; returns how many. */
    public int purgeBefore(LocalDate day) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from ticket_portraits where service_day < ?")) {
                ps.setDate(1, Date.valueOf(day));
                return ps.executeUpdate();
            }
        });
    }
}
