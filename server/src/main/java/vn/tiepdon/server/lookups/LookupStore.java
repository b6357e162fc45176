package vn.tiepdon.server.lookups;

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
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.server.eligibility.GatewayCaller;
import vn.tiepdon.server.eligibility.ReceivedReply;
import vn.tiepdon.server.eligibility.SentRequest;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;

/** The lookup log in the database. */
public final class LookupStore {
    /** More re-runs of one check-in than anyone makes: the chain walk stops there. */
    private static final int MAX_CHAIN = 100;
    private final Database db;

    public LookupStore(Database db) {
        this.db = db;
    }

    public LookupRecord insert(LookupRecord r) {
        return Jdbc.inTransaction(db, c -> insert(c, r, Optional.empty(), List.of()));
    }

    /**
     * Stores a lookup with the requests sent for it (their lookup id is filled in), in the caller's
     * transaction.
     *
     * @param nextRetryAt when a pending lookup is retried first
     */
    public LookupRecord insert(Connection c, LookupRecord r, Optional<Instant> nextRetryAt,
                               List<LookupAttempt> attempts) throws SQLException {
        LookupRecord stored = insert(c, r, nextRetryAt);
        addAttempts(c, stored.id(), attempts);
        return stored;
    }

    /** Remembers which ticket a lookup belongs to (so a late answer refreshes it at the desk). */
    public void attachTicket(Connection c, long lookupId, long ticketId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update lookups set ticket_id = ? where id = ?")) {
            ps.setLong(1, ticketId);
            ps.setLong(2, lookupId);
            ps.executeUpdate();
        }
    }

    /** The requests sent to the gateway for one lookup, in order. */
    public List<LookupAttempt> attempts(long lookupId) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select * from lookup_attempts where lookup_id = ? order by attempt")) {
                ps.setLong(1, lookupId);
                List<LookupAttempt> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new LookupAttempt(rs.getLong("lookup_id"), rs.getInt("attempt"),
                                Jdbc.instant(rs, "at"), rs.getBoolean("background"),
                                OutcomeKind.ofWire(rs.getString("outcome")),
                                Jdbc.optionalString(rs, "code"), LookupClass.valueOf(rs.getString("lookup_class")),
                                rs.getLong("millis"), caller(rs), sent(rs), received(rs)));
                    }
                }
                return out;
            }
        });
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static Optional<GatewayCaller> caller(ResultSet rs) throws SQLException {
        return Jdbc.optionalString(rs, "caller").map(GatewayCaller::valueOf);
    }

    private static Optional<SentRequest> sent(ResultSet rs) throws SQLException {
        Optional<String> key = Jdbc.optionalString(rs, "sent_card_key");
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SentRequest(key.get(), Jdbc.optionalString(rs, "sent_name").orElse(""),
                Jdbc.optionalString(rs, "sent_birth_date").orElse(""),
                Jdbc.optionalString(rs, "sent_account").orElse(""),
                Jdbc.optionalString(rs, "sent_staff").orElse("")));
    }

    private static Optional<ReceivedReply> received(ResultSet rs) throws SQLException {
        int status = rs.getInt("http_status");
        if (rs.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new ReceivedReply(status, rs.getLong("reply_bytes"),
                Jdbc.optionalString(rs, "reply_message")));
    }

    static void addAttempts(Connection c, long lookupId, List<LookupAttempt> attempts) throws SQLException {
        String sql = "insert into lookup_attempts (lookup_id, attempt, at, background, outcome, code, lookup_class,"
                + " millis, caller, sent_card_key, sent_name, sent_birth_date, sent_account, sent_staff, http_status,"
                + " reply_bytes, reply_message) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (LookupAttempt a : attempts) {
                int i = 1;
                ps.setLong(i++, lookupId);
                ps.setInt(i++, a.attempt());
                Jdbc.setInstant(ps, i++, a.at());
                ps.setBoolean(i++, a.background());
                ps.setString(i++, a.outcome().wire());
                Jdbc.setOptionalString(ps, i++, a.code());
                ps.setString(i++, a.lookupClass().name());
                ps.setLong(i++, a.millis());
                Jdbc.setOptionalString(ps, i++, a.caller().map(Enum::name));
                Jdbc.setOptionalString(ps, i++, a.sent().map(s -> clip(s.cardKey(), 20)));
                Jdbc.setOptionalString(ps, i++, a.sent().map(s -> clip(s.fullName(), 200)));
                Jdbc.setOptionalString(ps, i++, a.sent().map(s -> clip(s.birthDate(), 10)));
                Jdbc.setOptionalString(ps, i++, a.sent().map(s -> clip(s.account(), 64)));
                Jdbc.setOptionalString(ps, i++, a.sent().map(s -> clip(s.staffName(), 200)));
                if (a.received().isPresent()) {
                    ps.setInt(i++, a.received().get().httpStatus());
                    ps.setLong(i++, a.received().get().bytes());
                } else {
                    ps.setNull(i++, java.sql.Types.INTEGER);
                    ps.setNull(i++, java.sql.Types.BIGINT);
                }
                Jdbc.setOptionalString(ps, i, a.received().flatMap(ReceivedReply::message));
                ps.executeUpdate();
            }
        }
    }

    LookupRecord insert(Connection c, LookupRecord r, Optional<Instant> nextRetryAt) throws SQLException {
        String sql = "insert into lookups (at, service_day, kiosk_id, method, document_kind, card_key, full_name,"
                + " date_of_birth, outcome, code, lookup_class, no_answer_reason, detail, patient_message,"
                + " staff_message, millis, attempts, pending, next_retry_at, override_action, override_actor,"
                + " override_at, override_reason, override_card, superseded_by, rerun_of)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            Jdbc.setInstant(ps, i++, r.at());
            ps.setDate(i++, Date.valueOf(r.serviceDay()));
            ps.setString(i++, r.kioskId());
            ps.setString(i++, r.method().name());
            ps.setString(i++, r.documentKind().name());
            ps.setString(i++, r.cardKey());
            Jdbc.setOptionalString(ps, i++, r.fullName());
            Jdbc.setOptionalString(ps, i++, r.dateOfBirth());
            ps.setString(i++, storedOutcome(r.outcome()));
            Jdbc.setOptionalString(ps, i++, r.code());
            ps.setString(i++, r.lookupClass().name());
            Jdbc.setOptionalString(ps, i++, r.outcome().reason().map(Enum::name));
            Jdbc.setOptionalString(ps, i++, r.detail().map(LookupStore::clip));
            ps.setString(i++, r.patientMessage());
            ps.setString(i++, r.staffMessage());
            ps.setLong(i++, r.millis());
            ps.setInt(i++, r.attempts());
            ps.setBoolean(i++, r.pending());
            Jdbc.setOptionalInstant(ps, i++, nextRetryAt);
            i = setFix(ps, i, r.fix());
            setOptionalLong(ps, i++, r.supersededBy());
            setOptionalLong(ps, i, r.rerunOf());
            ps.executeUpdate();
            return r.withId(Jdbc.generatedId(ps));
        }
    }

    /** Sets the five override columns from {@code index} on; returns the next index. */
    private static int setFix(PreparedStatement ps, int index, Optional<LookupRecord.Fix> fix) throws SQLException {
        int i = index;
        Jdbc.setOptionalString(ps, i++, fix.map(f -> f.action().name()));
        Jdbc.setOptionalString(ps, i++, fix.map(LookupRecord.Fix::actor));
        Jdbc.setOptionalInstant(ps, i++, fix.map(LookupRecord.Fix::at));
        Jdbc.setOptionalString(ps, i++, fix.map(LookupRecord.Fix::reason));
        Jdbc.setOptionalString(ps, i++, fix.flatMap(LookupRecord.Fix::cardNumber));
        return i;
    }

    private static void setOptionalLong(PreparedStatement ps, int index, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            ps.setLong(index, value.get());
        } else {
            ps.setNull(index, java.sql.Types.BIGINT);
        }
    }

    private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    /**
     * Records a receptionist's override on a lookup, in the caller's transaction: the action, who,
     * when, why (and the card accepted), the lookup a re-run replaced it with; a pending lookup
     * stops being retried.
     */
    public void settle(Connection c, long id, LookupRecord.Fix fix, Optional<Long> supersededBy) throws SQLException {
        String sql = "update lookups set override_action = ?, override_actor = ?, override_at = ?,"
                + " override_reason = ?, override_card = ?, superseded_by = ?, pending = false,"
                + " next_retry_at = null where id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = setFix(ps, 1, Optional.of(fix));
            setOptionalLong(ps, i++, supersededBy);
            ps.setLong(i, id);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no lookup " + id);
            }
        }
    }

    /**
     * The lookup, its row locked until the caller's transaction ends (an override and a background
     * retry of the same lookup take turns).
     */
    public Optional<LookupRecord> lock(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select * from lookups where id = ? for update")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /**
     * The ids of the lookups of one check-in, oldest first: {@code id}, the ones it re-ran and the
     * ones that re-ran it.
     */
    public List<Long> chain(Connection c, long id) throws SQLException {
        java.util.LinkedList<Long> ids = new java.util.LinkedList<>();
        Optional<LookupRecord> start = find(c, id);
        if (start.isEmpty()) {
            return List.of();
        }
        ids.add(id);
        Optional<Long> back = start.get().rerunOf();
        while (back.isPresent() && !ids.contains(back.get()) && ids.size() < MAX_CHAIN) {
            ids.addFirst(back.get());
            back = find(c, back.get()).flatMap(LookupRecord::rerunOf);
        }
        Optional<Long> ahead = start.get().supersededBy();
        while (ahead.isPresent() && !ids.contains(ahead.get()) && ids.size() < MAX_CHAIN) {
            ids.addLast(ahead.get());
            ahead = find(c, ahead.get()).flatMap(LookupRecord::supersededBy);
        }
        return List.copyOf(ids);
    }

    /** The {@code outcome} column: {@code ANSWERED} or {@code NO_ANSWER} (the reason has its own column). */
    static String storedOutcome(OutcomeKind outcome) {
        return outcome.answered() ? "ANSWERED" : "NO_ANSWER";
    }

    static OutcomeKind outcomeOf(ResultSet rs) throws SQLException {
        String reason = rs.getString("no_answer_reason");
        return reason == null ? OutcomeKind.ANSWERED : OutcomeKind.noAnswer(LookupOutcome.Reason.valueOf(reason));
    }

    static String clip(String detail) {
        return detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }

    public Optional<LookupRecord> find(long id) {
        return Jdbc.inTransaction(db, c -> find(c, id));
    }

    public Optional<LookupRecord> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select * from lookups where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** The lookups of one service day, oldest first; only the unsuccessful ones when {@code failedOnly}. */
    public List<LookupRecord> ofDay(LocalDate day, boolean failedOnly) {
        String sql = "select * from lookups where service_day = ?"
                + (failedOnly ? " and lookup_class not in ('ELIGIBLE', 'ELIGIBLE_WITH_WARNING')" : "")
                + " order by id";
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setDate(1, Date.valueOf(day));
                List<LookupRecord> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
                return out;
            }
        });
    }

    /**
     * The name and birth date the gateway last confirmed for this card or CCCD number: the
     * hospital's own register, used when a returning patient types only the number.
     */
    public Optional<KnownPatient> lastConfirmed(String cardKey) {
        String sql = "select full_name, date_of_birth from lookups where card_key = ? and full_name is not null"
                + " and date_of_birth is not null and lookup_class in ('ELIGIBLE', 'ELIGIBLE_WITH_WARNING')"
                + " order by id desc";
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setMaxRows(1);
                ps.setString(1, cardKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new KnownPatient(rs.getString(1), rs.getString(2)))
                            : Optional.<KnownPatient>empty();
                }
            }
        });
    }

    /** Name and birth date ({@code yyyy-MM-dd} or {@code yyyy}) of a patient seen before. */
    public record KnownPatient(String fullName, String dateOfBirth) {
    }

    /**
     * The lookups of the service days [from, to], counted in groups of equal day, method, document,
     * kiosk, class, code, reason, pending, override and place in a re-run chain: one query, whatever
     * the number of lookups (it reads the rows through {@code lookups_day}).
     */
    public List<SuccessGroup> successGroups(LocalDate from, LocalDate to) {
        String head = "case when rerun_of is null then 1 else 0 end";
        String last = "case when superseded_by is null then 1 else 0 end";
        String columns = "service_day, method, document_kind, kiosk_id, lookup_class, code, no_answer_reason, pending,"
                + " override_action, " + head + ", " + last;
        String sql = "select " + columns + ", count(*) from lookups where service_day between ? and ?"
                + " group by " + columns;
        return Jdbc.inTransaction(db, c -> {
            if ("PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
                // a month is ~100,000 rows in a few hundred groups: PostgreSQL guesses a group per row and,
                // with the default 4 MB, sorts them on disk; with room for a hash table it reads them once
                try (Statement s = c.createStatement()) {
                    s.execute("set local work_mem = '64MB'");
                }
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setDate(1, Date.valueOf(from));
                ps.setDate(2, Date.valueOf(to));
                List<SuccessGroup> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new SuccessGroup(rs.getDate(1).toLocalDate(), IdentificationMethod.valueOf(rs.getString(2)),
                                DocumentKind.valueOf(rs.getString(3)), rs.getString(4),
                                LookupClass.valueOf(rs.getString(5)), Optional.ofNullable(rs.getString(6)),
                                Optional.ofNullable(rs.getString(7)).map(LookupOutcome.Reason::valueOf),
                                rs.getBoolean(8), Optional.ofNullable(rs.getString(9)).map(LookupOverride.Action::valueOf),
                                rs.getInt(10) == 1, rs.getInt(11) == 1, rs.getLong(12)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * {@code count} lookups alike. {@code head}: the check-in's own lookup (not a desk re-run);
     * {@code last}: the latest of its check-in (no re-run replaced it), whose {@code override} is the
     * receptionist's latest action on the check-in.
     */
    public record SuccessGroup(LocalDate day, IdentificationMethod method, DocumentKind kind, String kioskId,
                               LookupClass lookupClass, Optional<String> code, Optional<LookupOutcome.Reason> reason,
                               boolean pending, Optional<LookupOverride.Action> override, boolean head, boolean last,
                               long count) {
    }

    static LookupRecord read(ResultSet rs) throws SQLException {
        return new LookupRecord(rs.getLong("id"), Jdbc.instant(rs, "at"), rs.getDate("service_day").toLocalDate(),
                rs.getString("kiosk_id"), IdentificationMethod.valueOf(rs.getString("method")),
                DocumentKind.valueOf(rs.getString("document_kind")), rs.getString("card_key"),
                Jdbc.optionalString(rs, "full_name"), Jdbc.optionalString(rs, "date_of_birth"),
                outcomeOf(rs), Jdbc.optionalString(rs, "code"),
                LookupClass.valueOf(rs.getString("lookup_class")), Jdbc.optionalString(rs, "detail"), rs.getString("patient_message"), rs.getString("staff_message"),
                rs.getLong("millis"), rs.getInt("attempts"), rs.getBoolean("pending"), readFix(rs),
                optionalLong(rs, "superseded_by"), optionalLong(rs, "rerun_of"));
    }

    private static Optional<LookupRecord.Fix> readFix(ResultSet rs) throws SQLException {
        String action = rs.getString("override_action");
        if (action == null) {
            return Optional.empty();
        }
        return Optional.of(new LookupRecord.Fix(LookupOverride.Action.valueOf(action), rs.getString("override_actor"),
                Jdbc.instant(rs, "override_at"), rs.getString("override_reason"),
                Jdbc.optionalString(rs, "override_card")));
    }
}
