package vn.tiepdon.server.overrides;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.AuditEntry;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.privacy.Masking;
import vn.tiepdon.server.storage.Jdbc;

/**
 * The audit of lookup overrides ({@code lookup_audit}): rows are appended in the override's
 * transaction and only read afterwards. This class has no update or delete, and the database
 * refuses them (a trigger on H2 and on PostgreSQL).
 */
final class LookupAuditStore {

    /** One change, as appended: {@code detail} holds no personal data but masked numbers. */
    record Row(long lookupId, long ticketId, Instant at, String actor, LookupOverride.Action action, String reason,
               Optional<String> detail) {
        Row {
            Objects.requireNonNull(at);
            Objects.requireNonNull(actor);
            Objects.requireNonNull(action);
            Objects.requireNonNull(reason);
            Objects.requireNonNull(detail);
        }
    }

    /** Appends {@code row} in the caller's transaction; returns its id. */
    long append(Connection c, Row row) throws SQLException {
        String sql = "insert into lookup_audit (lookup_id, ticket_id, at, actor, action, reason, detail)"
                + " values (?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, row.lookupId());
            ps.setLong(2, row.ticketId());
            Jdbc.setInstant(ps, 3, row.at());
            ps.setString(4, row.actor());
            ps.setString(5, row.action().name());
            ps.setString(6, row.reason());
            Jdbc.setOptionalString(ps, 7, row.detail().map(LookupAuditStore::clip));
            ps.executeUpdate();
            return Jdbc.generatedId(ps);
        }
    }

    /**
     * The changes to the lookups {@code lookupIds}, oldest first, as the API shows them (numbers
     * in the reason masked).
     */
    List<AuditEntry> of(Connection c, List<Long> lookupIds) throws SQLException {
        if (lookupIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(lookupIds.size(), "?"));
        String sql = "select * from lookup_audit where lookup_id in (" + marks + ") order by id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < lookupIds.size(); i++) {
                ps.setLong(i + 1, lookupIds.get(i));
            }
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong("id"), rs.getLong("lookup_id"), Jdbc.instant(rs, "at"),
                            rs.getString("actor"), LookupOverride.Action.valueOf(rs.getString("action")),
                            Masking.numbersIn(rs.getString("reason")), Jdbc.optionalString(rs, "detail")));
                }
            }
            return out;
        }
    }

    private static String clip(String detail) {
        return detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }
}
