package vn.tiepdon.server.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.RecentCheck;
import vn.tiepdon.core.eligibility.ConcurrentVisits;
import vn.tiepdon.server.lookups.LookupRecord;
import vn.tiepdon.server.lookups.LookupViews;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;

/**
 * The checks of cards by other facilities the gateway's answers listed (table
 * {@code other_facility_checks}), and the lookup views that show them: each lookup's view carries
 * the checks of its card within the window of the lookup ({@link ConcurrentVisits#near}).
 */
public final class OtherFacilityChecks implements LookupViews {
    private static final int MESSAGE = 500;
    private final Database db;
    private final ConcurrentVisits rule;

    public OtherFacilityChecks(Database db, ConcurrentVisits rule) {
        this.db = db;
        this.rule = rule;
    }

    /** The rule: this hospital's code and the window. */
    public ConcurrentVisits rule() {
        return rule;
    }

    /** How a card or CCCD number is kept and looked for (the lookup may store it as typed). */
    static String key(String cardKey) {
        return cardKey.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * Keeps {@code checks} of the card {@code cardKey} (each once: a check listed again by a later
     * answer is not added twice, also when two server instances keep it at once).
     */
    public void keep(String cardKey, List<RecentCheck> checks, Instant seenAt) {
        if (checks.isEmpty()) {
            return;
        }
        String key = key(cardKey);
        try {
            Jdbc.inTransaction(db, c -> insertMissing(c, key, checks, seenAt));
        } catch (RuntimeException first) {
            // another instance kept the same check between our look and our insert: look again
            Jdbc.inTransaction(db, c -> insertMissing(c, key, checks, seenAt));
        }
    }

    private static int insertMissing(Connection c, String key, List<RecentCheck> checks, Instant seenAt)
            throws SQLException {
        String exists = "select count(*) from other_facility_checks where card_key = ? and facility_code = ?"
                + " and checked_at = ?";
        String insert = "insert into other_facility_checks (card_key, facility_code, checked_at, message, seen_at)"
                + " values (?, ?, ?, ?, ?)";
        int added = 0;
        try (PreparedStatement look = c.prepareStatement(exists); PreparedStatement add = c.prepareStatement(insert)) {
            for (RecentCheck check : checks) {
                look.setString(1, key);
                look.setString(2, check.facilityCode());
                Jdbc.setInstant(look, 3, check.checkedAt());
                try (ResultSet rs = look.executeQuery()) {
                    if (rs.next() && rs.getLong(1) > 0) {
                        continue;
                    }
                }
                add.setString(1, key);
                add.setString(2, check.facilityCode());
                Jdbc.setInstant(add, 3, check.checkedAt());
                Jdbc.setOptionalString(add, 4, check.message().map(OtherFacilityChecks::clip));
                Jdbc.setInstant(add, 5, seenAt);
                added += add.executeUpdate();
            }
        }
        return added;
    }

    private static String clip(String message) {
        return message.length() > MESSAGE ? message.substring(0, MESSAGE) : message;
    }

    /** The checks of the card of {@code lookup} within the window of it, most recent first. */
    public List<RecentCheck> near(Connection c, LookupRecord lookup) throws SQLException {
        String sql = "select facility_code, checked_at, message from other_facility_checks where card_key = ?"
                + " and checked_at between ? and ?";
        List<RecentCheck> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key(lookup.cardKey()));
            Jdbc.setInstant(ps, 2, lookup.at().minus(rule.window()));
            Jdbc.setInstant(ps, 3, lookup.at().plus(rule.window()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(read(rs));
                }
            }
        }
        return rule.near(found, lookup.at());
    }

    private static RecentCheck read(ResultSet rs) throws SQLException {
        return new RecentCheck(rs.getString("facility_code"), Jdbc.instant(rs, "checked_at"),
                Jdbc.optionalString(rs, "message"));
    }

    @Override
    public LookupView of(Connection c, LookupRecord lookup) throws SQLException {
        return lookup.toView().withOtherFacilityChecks(near(c, lookup));
    }

    /** One query for all: the checks between the earliest lookup's window start and the latest's end. */
    @Override
    public List<LookupView> of(List<LookupRecord> lookups) {
        if (lookups.isEmpty()) {
            return List.of();
        }
        Instant from = lookups.stream().map(LookupRecord::at).min(Instant::compareTo).orElseThrow()
                .minus(rule.window());
        Instant to = lookups.stream().map(LookupRecord::at).max(Instant::compareTo).orElseThrow()
                .plus(rule.window());
        Map<String, List<RecentCheck>> byCard = Jdbc.inTransaction(db, c -> {
            String sql = "select card_key, facility_code, checked_at, message from other_facility_checks"
                    + " where checked_at between ? and ?";
            Map<String, List<RecentCheck>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Jdbc.setInstant(ps, 1, from);
                Jdbc.setInstant(ps, 2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString("card_key"), k -> new ArrayList<>()).add(read(rs));
                    }
                }
            }
            return out;
        });
        return lookups.stream().map(l -> {
            List<RecentCheck> checks = Optional.ofNullable(byCard.get(key(l.cardKey()))).orElse(List.of());
            return l.toView().withOtherFacilityChecks(rule.near(checks, l.at()));
        }).toList();
    }
}
