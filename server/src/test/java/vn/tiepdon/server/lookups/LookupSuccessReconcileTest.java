package vn.tiepdon.server.lookups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.ResultCodes;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.stats.CheckinMethod;
import vn.tiepdon.core.stats.CodeCounts;
import vn.tiepdon.core.stats.LookupCounts;
import vn.tiepdon.server.ScratchPostgres;
import vn.tiepdon.server.TestSetups;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;

/**
 * The totals reconcile over a generated month: every class, code and no-answer reason, pending
 * lookups, overrides of each action, re-runs (some re-run again, some then accepted), four kiosks
 * and every way of identifying, stored through {@link LookupStore}. Every breakdown sums to the
 * totals, every entry has answered + failed + pending = lookups, and the totals equal what the test
 * counted itself while generating.
 */
class LookupSuccessReconcileTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 30);
    /** A Sunday nobody came: its entry is there, all zeros. */
    private static final LocalDate EMPTY_DAY = LocalDate.of(2026, 11, 15);
    private static final Set<LookupClass> ANSWERED = Set.of(LookupClass.ELIGIBLE, LookupClass.ELIGIBLE_WITH_WARNING,
            LookupClass.NOT_ELIGIBLE);
    private static final List<String> KIOSKS = List.of("kiosk-1", "kiosk-2", "kiosk-3", "desk-2");

    /** How a patient identified, and the method the statistics must name for it. */
    private record Way(IdentificationMethod method, DocumentKind kind, CheckinMethod expected) {
    }

    private static final List<Way> WAYS = List.of(new Way(IdentificationMethod.CHIP, DocumentKind.CCCD_CHIP,
                    CheckinMethod.CHIP), new Way(IdentificationMethod.QR, DocumentKind.CCCD_QR, CheckinMethod.CCCD_QR),
            new Way(IdentificationMethod.QR, DocumentKind.BHYT_QR, CheckinMethod.BHYT_QR),
            new Way(IdentificationMethod.TYPED, DocumentKind.CCCD_NUMBER, CheckinMethod.TYPED),
            new Way(IdentificationMethod.TYPED, DocumentKind.BHYT_NUMBER, CheckinMethod.TYPED));

    /** What the test itself counts, check-in by check-in. */
    private static final class Expected {
        final Map<String, long[]> counts = new TreeMap<>();
        final Map<LookupOverride.Action, Long> overriddenBy = new EnumMap<>(LookupOverride.Action.class);
        int checkIns;
        int rows;

        /** [lookups, answered, failed, pending, eligible, overridden] under {@code key}. */
        void count(String key, LookupClass cls, String code, boolean pending, boolean overridden) {
            long[] c = counts.computeIfAbsent(key, k -> new long[6]);
            c[0]++;
            if (pending) {
                c[3]++;
            } else if (ANSWERED.contains(cls) && !code.equals("050")) { // 050: no such card, a failure
                c[1]++;
                if (cls == LookupClass.ELIGIBLE || cls == LookupClass.ELIGIBLE_WITH_WARNING) {
                    c[4]++;
                }
            } else {
                c[2]++;
            }
            if (overridden) {
                c[5]++;
            }
        }

        LookupCounts of(String key) {
            long[] c = counts.getOrDefault(key, new long[6]);
            return LookupCounts.of(c[1], c[2], c[3], c[4], c[5]);
        }
    }

    @Test
    void aGeneratedMonthReconcilesOnH2() {
        try (Database db = Database.open("jdbc:h2:mem:reconcile" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                Optional.empty(), Optional.empty())) {
            reconciles(db);
        }
    }

    @Test
    void aGeneratedMonthReconcilesOnPostgres() throws Exception {
        Optional<String> url = TestSetups.postgresUrl();
        assumeTrue(url.isPresent(), "TIEPDON_TEST_PG_URL not set: PostgreSQL test skipped");
        try (ScratchPostgres pg = ScratchPostgres.create(url.get(), "tiepdon_reconcile");
             Database db = Database.open(pg.url(), Optional.empty(), Optional.empty())) {
            reconciles(db);
        }
    }

    private static void reconciles(Database db) {
        LookupStore store = new LookupStore(db);
        Expected expected = generate(store, db, new Random(20261101L), 3_000);
        // a day outside the range, which must not count
        Jdbc.inTransaction(db, c -> store.insert(c, record(LAST.plusDays(1), "kiosk-1", WAYS.get(1),
                answered("000"), false), Optional.empty(), List.of()));

        LookupSuccess s = new LookupStatistics(store).between(FIRST, LAST);

        assertThat(expected.rows).as("re-runs stored beside their check-ins").isGreaterThan(expected.checkIns);
        assertThat(s.lookups()).as("one per check-in").isEqualTo(expected.checkIns);
        assertThat(s.totals()).isEqualTo(expected.of("total"));
        assertThat(s.succeeded() + s.failed() + s.pending()).isEqualTo(s.lookups());
        assertThat(s.pending()).isPositive();
        assertThat(s.failed()).isPositive();
        assertThat(s.overridden()).isPositive();
        assertThat(s.overriddenBy()).isEqualTo(expected.overriddenBy);
        assertThat(s.overriddenBy().values()).allMatch(n -> n > 0);
        assertThat(s.overriddenBy().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(s.overridden());

        assertThat(s.byDay().keySet()).hasSize(30).first().isEqualTo(FIRST);
        assertThat(s.byDay().get(EMPTY_DAY)).isEqualTo(LookupCounts.ZERO);
        s.byDay().forEach((day, c) -> assertThat(c).as(day.toString()).isEqualTo(expected.of("day " + day)));
        assertThat(s.byMethod().keySet()).containsExactly(CheckinMethod.values());
        s.byMethod().forEach((m, c) -> assertThat(c).as(m.name()).isEqualTo(expected.of("method " + m)));
        assertThat(s.byKiosk().keySet()).containsExactlyInAnyOrderElementsOf(KIOSKS);
        s.byKiosk().forEach((k, c) -> assertThat(c).as(k).isEqualTo(expected.of("kiosk " + k)));
        s.byCode().forEach((k, c) -> assertThat(c.counts()).as(k).isEqualTo(expected.of("code " + k)));
        s.byClass().forEach((k, c) -> assertThat(c).as(k.name()).isEqualTo(expected.of("class " + k)));
        assertThat(s.byClass().keySet()).containsExactlyInAnyOrder(LookupClass.values());
        assertThat(s.byCode().keySet()).containsAll(ResultCodes.knownCodes())
                .contains("TIMEOUT", "UNREACHABLE", "BAD_RESPONSE", "LOGIN_FAILED", "NOT_SENT", "TEMPORARY_CARD",
                        "MALFORMED_NUMBER");
        assertThat(s.byCode().get("061").meaning()).isEqualTo("sai họ tên (đúng ký tự đầu) so với dữ liệu BHXH");
        assertThat(s.byCode().get("061").lookupClass()).isEqualTo(LookupClass.FIXABLE_DATA_ERROR);

        for (Map<?, LookupCounts> breakdown : List.of(s.byDay(), s.byMethod(), s.byKiosk(), s.byClass())) {
            assertThat(breakdown.values().stream().reduce(LookupCounts.ZERO, LookupCounts::plus))
                    .isEqualTo(s.totals());
        }
        assertThat(s.byCode().values().stream().map(CodeCounts::counts).reduce(LookupCounts.ZERO,
                LookupCounts::plus)).isEqualTo(s.totals());
    }

    private static Expected generate(LookupStore store, Database db, Random random, int checkIns) {
        Expected e = new Expected();
        List<String> codes = ResultCodes.knownCodes();
        LookupOutcome.Reason[] reasons = LookupOutcome.Reason.values();
        LookupOverride.Action[] actions = LookupOverride.Action.values();
        Jdbc.inTransaction(db, c -> {
            for (int i = 0; i < checkIns; i++) {
                LocalDate day = FIRST.plusDays(random.nextInt(30));
                if (day.equals(EMPTY_DAY)) {
                    day = day.plusDays(1);
                }
                String kiosk = KIOSKS.get(random.nextInt(KIOSKS.size()));
                Way way = WAYS.get(random.nextInt(WAYS.size()));
                // mostly eligible, as at a real hospital; every code and reason many times
                int pick = random.nextInt(10);
                LookupOutcome outcome = pick < 5 ? answered("000")
                        : pick < 8 ? answered(codes.get(random.nextInt(codes.size())))
                        : noAnswer(reasons[random.nextInt(reasons.length)]);
                boolean retryable = outcome.lookupClass() == LookupClass.GATEWAY_ERROR;
                boolean pending = retryable && random.nextInt(3) == 0;
                Optional<LookupOverride.Action> action = !outcome.lookupClass().isSuccess() && random.nextInt(3) == 0
                        ? Optional.of(actions[random.nextInt(actions.length)]) : Optional.empty();
                LookupRecord head = store.insert(c, record(day, kiosk, way, outcome, pending), Optional.empty(),
                        List.of());
                e.rows++;
                e.checkIns++;
                if (action.isPresent()) {
                    LookupOverride.Action latest = action.get();
                    if (latest == LookupOverride.Action.RERUN) {
                        long previous = head.id();
                        int reruns = 1 + random.nextInt(2);
                        for (int r = 0; r < reruns; r++) {
                            LookupOutcome again = random.nextBoolean() ? answered("000")
                                    : noAnswer(LookupOutcome.Reason.TIMEOUT);
                            LookupRecord rerun = store.insert(c, record(day, kiosk, way, again,
                                    again.lookupClass() == LookupClass.GATEWAY_ERROR).asRerunOf(previous,
                                    fix(LookupOverride.Action.RERUN)), Optional.empty(), List.of());
                            e.rows++;
                            store.settle(c, previous, fix(LookupOverride.Action.RERUN), Optional.of(rerun.id()));
                            previous = rerun.id();
                        }
                        if (random.nextInt(3) == 0) {
                            latest = LookupOverride.Action.ACCEPT_PAPER_CARD;
                            store.settle(c, previous, fix(latest), Optional.empty());
                        }
                    } else {
                        store.settle(c, head.id(), fix(latest), Optional.empty());
                    }
                    e.overriddenBy.merge(latest, 1L, Long::sum);
                    pending = false;
                }
                LookupClass cls = outcome.lookupClass();
                boolean overridden = action.isPresent();
                String code = outcome instanceof LookupOutcome.Answered a ? ResultCodes.normalize(a.code())
                        : ((LookupOutcome.NoAnswer) outcome).reason().name();
                for (String key : List.of("total", "day " + day, "method " + way.expected(), "kiosk " + kiosk,
                        "code " + code, "class " + cls)) {
                    e.count(key, cls, code, pending, overridden);
                }
            }
            return null;
        });
        for (LookupOverride.Action a : actions) {
            e.overriddenBy.putIfAbsent(a, 0L);
        }
        return e;
    }

    private static LookupRecord record(LocalDate day, String kiosk, Way way, LookupOutcome outcome, boolean pending) {
        Instant at = day.atTime(8, 0).toInstant(ZoneOffset.ofHours(7));
        return LookupRecord.of(at, day, kiosk, way.method(), way.kind(), "079090001234", Optional.of("Nguyễn Văn An"),
                Optional.of("1990-01-01"), outcome, pending);
    }

    private static LookupRecord.Fix fix(LookupOverride.Action action) {
        return new LookupRecord.Fix(action, "user:lan", Instant.parse("2026-11-02T02:00:00Z"), "Lý do",
                action == LookupOverride.Action.ACCEPT_PAPER_CARD || action == LookupOverride.Action.ACCEPT_VSSID
                        ? Optional.of("HS4010123456811") : Optional.empty());
    }

    private static LookupOutcome answered(String code) {
        LookupClass cls = ResultCodes.classify(code).lookupClass();
        return new LookupOutcome.Answered(code, cls, "Vui lòng đến quầy.", "Mã " + code, Optional.empty(), 200, 1);
    }

    private static LookupOutcome noAnswer(LookupOutcome.Reason reason) {
        return new LookupOutcome.NoAnswer(reason, "test", ResultCodes.patientMessage(reason),
                ResultCodes.staffMessage(reason, "test"), 4000, 1);
    }
}
