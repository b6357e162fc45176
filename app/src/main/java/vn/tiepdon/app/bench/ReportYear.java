package vn.tiepdon.app.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.ResultCodes;

/**
 * A generated year of lookups for the report benchmark: {@code count} check-ins spread evenly over
 * the 365 service days ending {@code lastDay}, from 8 kiosks, by chip, CCCD QR, BHYT QR and typed
 * numbers, with the answers a 2026 hospital sees (about 85 % answered; codes 050/060/070, no answer
 * and newborn cards among the failures; a third of the failures fixed at the desk), and for each
 * failed lookup one to three stored requests with what was sent and what came back. Written with
 * batched JDBC inserts straight into the server's tables (a year through the HTTP API would take
 * hours); seeded, so a run gives the same year.
 */
final class ReportYear {
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Ngọc", "Thanh", "Đức", "Thu"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam",
            "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Yến"};
    private static final int BATCH = 5_000;

    /** One kind of result with its weight in a thousand check-ins. */
    private record Result(int weight, String code, String reason, LookupClass lookupClass) {
    }

    private static final List<Result> RESULTS = List.of(
            new Result(700, "000", null, LookupClass.ELIGIBLE),
            new Result(40, "001", null, LookupClass.ELIGIBLE_WITH_WARNING),
            new Result(15, "003", null, LookupClass.ELIGIBLE_WITH_WARNING),
            new Result(5, "130", null, LookupClass.ELIGIBLE_WITH_WARNING),
            new Result(45, "010", null, LookupClass.NOT_ELIGIBLE),
            new Result(10, "120", null, LookupClass.NOT_ELIGIBLE),
            new Result(35, "050", null, LookupClass.NOT_ELIGIBLE),
            new Result(20, "060", null, LookupClass.FIXABLE_DATA_ERROR),
            new Result(15, "070", null, LookupClass.FIXABLE_DATA_ERROR),
            new Result(2, "054", null, LookupClass.SETUP_ERROR),
            new Result(60, null, "TIMEOUT", LookupClass.GATEWAY_ERROR),
            new Result(15, null, "UNREACHABLE", LookupClass.GATEWAY_ERROR),
            new Result(8, null, "BAD_RESPONSE", LookupClass.GATEWAY_ERROR),
            new Result(20, null, "NOT_SENT", LookupClass.GATEWAY_ERROR),
            new Result(10, null, "TEMPORARY_CARD", LookupClass.TEMPORARY_CARD));

    private final long count;
    private final LocalDate lastDay;
    private final ZoneId zone;
    private final Random random;

    ReportYear(long count, LocalDate lastDay, ZoneId zone, long seed) {
        if (count < 365) {
            throw new IllegalArgumentException("at least one lookup a day (365)");
        }
        this.count = count;
        this.lastDay = lastDay;
        this.zone = zone;
        this.random = new Random(seed);
    }

    LocalDate firstDay() {
        return lastDay.minusDays(364);
    }

    /** What was written. */
    record Written(long lookups, long failed, long attempts) {
    }

    /** Writes the year; commits every {@value #BATCH} lookups. */
    Written write(Connection c) throws SQLException {
        c.setAutoCommit(false);
        String lookupSql = "insert into lookups (at, service_day, kiosk_id, method, document_kind, card_key, full_name,"
                + " date_of_birth, outcome, code, lookup_class, no_answer_reason, detail, patient_message, staff_message,"
                + " millis, attempts, pending, override_action, override_actor, override_at, override_reason)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        String attemptSql = "insert into lookup_attempts (lookup_id, attempt, at, background, outcome, code,"
                + " lookup_class, millis, caller, sent_card_key, sent_name, sent_birth_date, sent_account, sent_staff,"
                + " http_status, reply_bytes, reply_message) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        int totalWeight = RESULTS.stream().mapToInt(Result::weight).sum();
        long failed = 0;
        long attempts = 0;
        try (PreparedStatement lookups = c.prepareStatement(lookupSql, Statement.RETURN_GENERATED_KEYS);
             PreparedStatement tries = c.prepareStatement(attemptSql)) {
            List<Pending> batch = new ArrayList<>(BATCH);
            for (long n = 0; n < count; n++) {
                LocalDate day = firstDay().plusDays(n * 365 / count);
                Instant at = day.atTime(6, 30).atZone(zone).toInstant().plusSeconds(random.nextInt(10 * 3600));
                Result result = pick(totalWeight);
                boolean isFailed = result.reason() != null || result.code().equals("050")
                        || result.lookupClass() == LookupClass.FIXABLE_DATA_ERROR
                        || result.lookupClass() == LookupClass.SETUP_ERROR;
                String[] how = method();
                String number = how[1].startsWith("BHYT") ? "DN4" + digits(12) : "0" + digits(11);
                String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                        + GIVEN[random.nextInt(GIVEN.length)];
                String birth = String.format("%04d-%02d-%02d", 1930 + random.nextInt(90), 1 + random.nextInt(12),
                        1 + random.nextInt(28));
                int i = 1;
                lookups.setTimestamp(i++, Timestamp.from(at));
                lookups.setDate(i++, Date.valueOf(day));
                lookups.setString(i++, "kiosk-" + (1 + random.nextInt(8)));
                lookups.setString(i++, how[0]);
                lookups.setString(i++, how[1]);
                lookups.setString(i++, number);
                lookups.setString(i++, name);
                lookups.setString(i++, birth);
                lookups.setString(i++, result.reason() == null ? "ANSWERED" : "NO_ANSWER");
                setText(lookups, i++, result.code());
                lookups.setString(i++, result.lookupClass().name());
                setText(lookups, i++, result.reason());
                setText(lookups, i++, result.reason() == null ? null : "no answer within the budget");
                String message = result.code() == null ? "Chưa tra cứu được thẻ BHYT"
                        : ResultCodes.classify(result.code()).patientMessage();
                lookups.setString(i++, message);
                lookups.setString(i++, message);
                int tryCount = isFailed ? 1 + random.nextInt(3) : 1;
                lookups.setLong(i++, result.reason() == null ? 800 + random.nextInt(3000) : 3700);
                lookups.setInt(i++, tryCount);
                lookups.setBoolean(i++, false);
                boolean overridden = isFailed && random.nextInt(3) == 0;
                setText(lookups, i++, overridden ? (random.nextBoolean() ? "ACCEPT_PAPER_CARD" : "FEE_PAYING") : null);
                setText(lookups, i++, overridden ? "user:letan" + (1 + random.nextInt(4)) : null);
                if (overridden) {
                    lookups.setTimestamp(i++, Timestamp.from(at.plusSeconds(300 + random.nextInt(1200))));
                } else {
                    lookups.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
                }
                setText(lookups, i, overridden ? "Bệnh nhân xuất trình thẻ giấy còn hạn" : null);
                lookups.addBatch();
                batch.add(new Pending(at, result, isFailed ? tryCount : 0, number, name, birth));
                if (batch.size() == BATCH || n == count - 1) {
                    lookups.executeBatch();
                    List<Long> ids = new ArrayList<>(batch.size());
                    try (ResultSet keys = lookups.getGeneratedKeys()) {
                        while (keys.next()) {
                            ids.add(keys.getLong(1));
                        }
                    }
                    if (ids.size() != batch.size()) {
                        throw new SQLException("expected " + batch.size() + " generated ids, got " + ids.size());
                    }
                    for (int k = 0; k < batch.size(); k++) {
                        Pending p = batch.get(k);
                        if (p.tries() > 0) {
                            failed++;
                            attempts += p.tries();
                            addAttempts(tries, ids.get(k), p);
                        }
                    }
                    tries.executeBatch();
                    c.commit();
                    batch.clear();
                }
            }
        }
        c.setAutoCommit(true);
        return new Written(count, failed, attempts);
    }

    private record Pending(Instant at, Result result, int tries, String number, String name, String birth) {
    }

    private void addAttempts(PreparedStatement tries, long lookupId, Pending p) throws SQLException {
        for (int a = 1; a <= p.tries(); a++) {
            boolean background = a > 1;
            int i = 1;
            tries.setLong(i++, lookupId);
            tries.setInt(i++, a);
            tries.setTimestamp(i++, Timestamp.from(p.at().plusSeconds(background ? 10L << a : 0)));
            tries.setBoolean(i++, background);
            tries.setString(i++, p.result().reason() == null ? "ANSWERED" : "NO_ANSWER:" + p.result().reason());
            setText(tries, i++, p.result().code());
            tries.setString(i++, p.result().lookupClass().name());
            tries.setLong(i++, p.result().reason() == null ? 1500 : 3700);
            tries.setString(i++, background ? "BACKGROUND" : "KIOSK");
            tries.setString(i++, p.number());
            tries.setString(i++, p.name());
            tries.setString(i++, p.birth().substring(8) + "/" + p.birth().substring(5, 7) + "/" + p.birth().substring(0, 4));
            tries.setString(i++, "01013_BV");
            tries.setString(i++, "Trần Thị Bích");
            boolean replied = p.result().code() != null;
            if (replied) {
                tries.setInt(i++, 200);
                tries.setLong(i++, 180 + random.nextInt(400));
                tries.setString(i, ResultCodes.classify(p.result().code()).staffMessage());
            } else {
                tries.setNull(i++, Types.INTEGER);
                tries.setNull(i++, Types.BIGINT);
                tries.setNull(i, Types.VARCHAR);
            }
            tries.addBatch();
        }
    }

    private Result pick(int totalWeight) {
        int r = random.nextInt(totalWeight);
        for (Result result : RESULTS) {
            r -= result.weight();
            if (r < 0) {
                return result;
            }
        }
        return RESULTS.get(0);
    }

    /** {method, document kind}: chip 35 %, CCCD QR 30 %, BHYT QR 20 %, typed 15 %. */
    private String[] method() {
        int r = random.nextInt(100);
        if (r < 35) {
            return new String[] {"CHIP", "CCCD_CHIP"};
        }
        if (r < 65) {
            return new String[] {"QR", "CCCD_QR"};
        }
        if (r < 85) {
            return new String[] {"QR", "BHYT_QR"};
        }
        return new String[] {"TYPED", random.nextBoolean() ? "CCCD_NUMBER" : "BHYT_NUMBER"};
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    private static void setText(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
