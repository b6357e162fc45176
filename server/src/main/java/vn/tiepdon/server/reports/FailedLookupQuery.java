package vn.tiepdon.server.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.identity.Sex;
import vn.tiepdon.core.stats.CheckinMethod;
import vn.tiepdon.core.stats.LookupCategory;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;

/**
 * Reads the failed lookups of a range of service days from the lookup log, one check-in each
 * (lookups that are no re-run, not pending, whose category is {@link LookupCategory#FAILED}), oldest
 * first, through a cursor: rows reach the handler as they are read, never the whole range at once.
 * One read-only transaction; on H2 and PostgreSQL a read blocks no check-in.
 */
final class FailedLookupQuery {
    /** Rows fetched from the database at a time. */
    static final int FETCH_SIZE = 500;
    /** Re-runs of one check-in followed at most (as {@code LookupStore}'s chain walk). */
    private static final int MAX_CHAIN = 100;

    /** Takes one row; may write it out. */
    @FunctionalInterface
    interface RowHandler {
        void row(FailedLookupRow row) throws IOException;
    }

    /** A gateway outage that overlaps the range. */
    record Outage(Instant startedAt, Optional<Instant> endedAt, int requests) {
    }

    private final Database db;
    private final ReportTexts texts;

    FailedLookupQuery(Database db, ReportTexts texts) {
        this.db = db;
        this.texts = texts;
    }

    /** The SQL condition of a failed check-in on the lookups row {@code l}. */
    static String failedCheckin(String l) {
        String classes = Arrays.stream(LookupClass.values())
                .filter(c -> LookupCategory.of(c, Optional.empty(), false) == LookupCategory.FAILED)
                .map(c -> "'" + c.name() + "'").collect(Collectors.joining(","));
        // code 050 (no such card in the national data) is failed whatever its class
        return l + ".rerun_of is null and " + l + ".pending = false and (" + l + ".lookup_class in (" + classes
                + ") or " + l + ".code = '" + LookupCategory.NO_CARD_DATA + "')";
    }

    /**
     * Hands every failed check-in of {@code from}..{@code to} to {@code handler}, oldest first;
     * {@code leaveOutSent}: not those marked sent to BHXH. Then returns the gateway outages that
     * overlap {@code [start, end)}.
     */
    List<Outage> read(LocalDate from, LocalDate to, boolean leaveOutSent, Instant start, Instant end,
                      RowHandler handler) throws IOException {
        String sql = "select l.id, l.at, l.kiosk_id, l.method, l.document_kind, l.cccd_number, l.bhyt_number,"
                + " l.full_name, l.date_of_birth, l.sex, l.card_key, l.code, l.no_answer_reason, l.override_action,"
                + " l.override_actor, l.override_at, l.override_reason, l.superseded_by,"
                + " f.sent_card_key, f.sent_name, f.sent_birth_date,"
                + " z.reply_message, z.outcome as last_outcome, z.millis as last_millis, s.sent_on"
                + " from lookups l"
                + " left join lookup_attempts f on f.lookup_id = l.id"
                + "   and f.attempt = (select min(a.attempt) from lookup_attempts a where a.lookup_id = l.id)"
                + " left join lookup_attempts z on z.lookup_id = l.id"
                + "   and z.attempt = (select max(a.attempt) from lookup_attempts a where a.lookup_id = l.id)"
                + " left join lookup_bhxh_submissions s on s.lookup_id = l.id"
                + " where l.service_day between ? and ? and " + failedCheckin("l")
                + (leaveOutSent ? " and s.lookup_id is null" : "")
                + " order by l.id";
        try {
            return Jdbc.inTransaction(db, c -> {
                c.setReadOnly(true);
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setFetchSize(FETCH_SIZE);
                    ps.setDate(1, Date.valueOf(from));
                    ps.setDate(2, Date.valueOf(to));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            handler.row(row(c, rs));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return outages(c, start, end);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private FailedLookupRow row(Connection c, ResultSet rs) throws SQLException {
        // lookups stored before V11 (or by a path that does not keep them apart) have only the number asked
        String cardKey = rs.getString("card_key");
        Optional<String> code = Jdbc.optionalString(rs, "code");
        Optional<String> reason = Jdbc.optionalString(rs, "no_answer_reason");
        String shown = reason.or(() -> code).orElse("");
        Optional<String> reply = Jdbc.optionalString(rs, "reply_message").filter(m -> !m.isBlank());
        String lastOutcome = rs.getString("last_outcome");
        long lastMillis = rs.getLong("last_millis");
        if (reply.isEmpty() && lastOutcome != null && !lastOutcome.startsWith("ANSWERED")) {
            reply = Optional.of(texts.text("noAnswer", Math.round(lastMillis / 1000.0)));
        }
        Optional<String> action = Jdbc.optionalString(rs, "override_action");
        Fix fix = action.isEmpty() ? Fix.NONE : override(c, LookupOverride.Action.valueOf(action.get()),
                rs.getString("override_actor"), Jdbc.instant(rs, "override_at"), rs.getString("override_reason"),
                optionalLong(rs, "superseded_by"));
        Date sentOn = rs.getDate("sent_on");
        return new FailedLookupRow(rs.getLong("id"), Jdbc.instant(rs, "at"), rs.getString("kiosk_id"),
                CheckinMethod.of(IdentificationMethod.valueOf(rs.getString("method")),
                        DocumentKind.valueOf(rs.getString("document_kind"))),
                Jdbc.optionalString(rs, "cccd_number").or(() -> Optional.of(cardKey).filter(FailedLookupQuery::isCccd)),
                Jdbc.optionalString(rs, "bhyt_number").or(() -> Optional.of(cardKey).filter(k -> !isCccd(k))),
                Jdbc.optionalString(rs, "full_name"), Jdbc.optionalString(rs, "date_of_birth"),
                Jdbc.optionalString(rs, "sex").map(Sex::valueOf), Jdbc.optionalString(rs, "sent_card_key"),
                Jdbc.optionalString(rs, "sent_name"), Jdbc.optionalString(rs, "sent_birth_date"), shown,
                shown.isEmpty() ? "" : FailureMeaning.of(shown), reply, fix.outcome(), fix.by(), fix.at(),
                fix.notes(), Optional.ofNullable(sentOn).map(Date::toLocalDate));
    }

    /** What the receptionist did: the action, and for a re-run what the last re-run got and what was done then. */
    private record Fix(Optional<String> outcome, Optional<String> by, Optional<Instant> at,
                            Optional<String> notes) {
        static final Fix NONE = new Fix(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private Fix override(Connection c, LookupOverride.Action action, String actor, Instant at, String reason,
                              Optional<Long> supersededBy) throws SQLException {
        List<String> steps = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        reasons.add(reason);
        String lastActor = actor;
        Instant lastAt = at;
        steps.add(texts.text("override." + action.name()));
        Optional<Long> next = action == LookupOverride.Action.RERUN ? supersededBy : Optional.empty();
        int walked = 0;
        while (next.isPresent() && walked++ < MAX_CHAIN) {
            try (PreparedStatement ps = c.prepareStatement("select code, no_answer_reason, lookup_class, pending,"
                    + " override_action, override_actor, override_at, override_reason, superseded_by"
                    + " from lookups where id = ?")) {
                ps.setLong(1, next.get());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        break;
                    }
                    String code = rs.getString("code");
                    String got = Jdbc.optionalString(rs, "no_answer_reason")
                            .or(() -> Optional.ofNullable(code)).orElse("");
                    String step = steps.remove(steps.size() - 1);
                    steps.add(rs.getBoolean("pending") ? step + ": " + texts.text("override.stillPending")
                            : texts.text("override.rerunResult", step, got, got.isEmpty() ? "" : FailureMeaning.of(got)));
                    Optional<String> later = Jdbc.optionalString(rs, "override_action");
                    next = Optional.empty();
                    if (later.isPresent() && !"RERUN".equals(later.get())
                            || later.isPresent() && optionalLong(rs, "superseded_by").isPresent()) {
                        LookupOverride.Action a = LookupOverride.Action.valueOf(later.get());
                        steps.add(texts.text("override." + a.name()));
                        lastActor = rs.getString("override_actor");
                        lastAt = Jdbc.instant(rs, "override_at");
                        reasons.add(rs.getString("override_reason"));
                        next = a == LookupOverride.Action.RERUN ? optionalLong(rs, "superseded_by") : Optional.empty();
                    }
                }
            }
        }
        return new Fix(Optional.of(String.join("; ", steps)), Optional.of(lastActor), Optional.of(lastAt),
                Optional.of(reasons.stream().filter(r -> r != null && !r.isBlank()).distinct()
                        .collect(Collectors.joining("; "))).filter(s -> !s.isEmpty()));
    }

    private static List<Outage> outages(Connection c, Instant start, Instant end) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select started_at, ended_at, requests from gateway_outages"
                + " where started_at < ? and (ended_at is null or ended_at >= ?) order by started_at")) {
            Jdbc.setInstant(ps, 1, end);
            Jdbc.setInstant(ps, 2, start);
            List<Outage> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Outage(Jdbc.instant(rs, "started_at"), Jdbc.optionalInstant(rs, "ended_at"),
                            rs.getInt("requests")));
                }
            }
            return out;
        }
    }

    private static boolean isCccd(String number) {
        return number.length() == 12 && number.chars().allMatch(Character::isDigit);
    }

    private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }
}
