package vn.tiepdon.server.overrides;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.server.overrides.OverrideFixture.CARD;
import static vn.tiepdon.server.overrides.OverrideFixture.DAY;
import static vn.tiepdon.server.overrides.OverrideFixture.accept;
import static vn.tiepdon.server.overrides.OverrideFixture.eligible;
import static vn.tiepdon.server.overrides.OverrideFixture.feePaying;
import static vn.tiepdon.server.overrides.OverrideFixture.lookupId;
import static vn.tiepdon.server.overrides.OverrideFixture.notFound;
import static vn.tiepdon.server.overrides.OverrideFixture.rerun;
import static vn.tiepdon.server.overrides.OverrideFixture.timeout;
import static vn.tiepdon.server.overrides.OverrideFixture.wrongName;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.stats.CheckinMethod;
import vn.tiepdon.core.stats.LookupCounts;

/**
 * Overrides count apart, one check-in once: a check-in counts by its own lookup's outcome (a desk
 * re-run is not a lookup of its own), and in {@code overridden} by the latest action taken on it.
 */
class OverrideStatisticsTest {

    /** Six check-ins, each ending differently; the same on H2 and (PostgresOverrideTest) PostgreSQL. */
    static LookupSuccess sixCheckInsAndTheirFixes(OverrideFixture f) {
        f.answer(eligible());
        f.checkInQr();                                                      // gateway success
        f.answer(notFound());
        f.checkInQr();                                                      // failed, nobody fixed it
        long rerunOk = lookupId(f.checkInQr());
        long rerunThenCard = lookupId(f.checkInQr());
        f.answer(timeout());
        long feePaying = lookupId(f.checkInTyped("079090001234"));
        f.answer(wrongName());
        long rerunTwice = lookupId(f.checkInQr());

        f.answer(eligible());
        f.desk.override(rerunOk, rerun("Sai số thẻ", Optional.empty(), Optional.empty(), Optional.of(CARD),
                Optional.empty()));
        f.answer(notFound());
        long second = lookupId(f.desk.override(rerunThenCard, rerun("Sai số thẻ", Optional.empty(),
                Optional.empty(), Optional.of(CARD), Optional.empty())));
        f.desk.override(second, accept(LookupOverride.Action.ACCEPT_PAPER_CARD, "Thẻ giấy còn hạn", CARD));
        f.desk.override(feePaying, feePaying("Không có thẻ BHYT"));
        long again = lookupId(f.desk.override(rerunTwice, rerun("Sai tên", Optional.of("Nguyễn Văn Ân"),
                Optional.empty(), Optional.empty(), Optional.empty())));
        f.answer(eligible());
        f.desk.override(again, rerun("Sai tên lần nữa", Optional.of("Nguyễn Văn An"), Optional.empty(),
                Optional.empty(), Optional.empty()));
        return f.server.admin().lookupSuccess(DAY, DAY);
    }

    static void assertAddsUp(LookupSuccess s) {
        assertThat(s.lookups()).as("one per check-in: re-run lookups are overrides, never lookups").isEqualTo(6);
        assertThat(s.succeeded()).as("answered: the eligible card").isEqualTo(1);
        assertThat(s.failed()).as("the three cards not found (050: no such card in the national data), the timeout"
                + " settled fee-paying, the wrong name (051)").isEqualTo(5);
        assertThat(s.pending()).isZero();
        assertThat(s.eligible()).as("only the check-in the gateway passed by itself").isEqualTo(1);
        assertThat(s.rate()).isEqualTo(1.0 / 6);
        assertThat(s.eligibleRate()).isEqualTo(1.0 / 6);
        assertThat(s.failedRate()).isEqualTo(5.0 / 6);
        assertThat(s.overridden()).isEqualTo(4);
        assertThat(s.overriddenBy()).as("by the latest action on each check-in").containsExactly(
                Map.entry(LookupOverride.Action.RERUN, 2L), Map.entry(LookupOverride.Action.ACCEPT_PAPER_CARD, 1L),
                Map.entry(LookupOverride.Action.ACCEPT_VSSID, 0L), Map.entry(LookupOverride.Action.FEE_PAYING, 1L));
        assertThat(s.byClass()).isEqualTo(Map.of(LookupClass.ELIGIBLE, LookupCounts.of(1, 0, 0, 1, 0),
                LookupClass.NOT_ELIGIBLE, LookupCounts.of(0, 3, 0, 0, 2),
                LookupClass.GATEWAY_ERROR, LookupCounts.of(0, 1, 0, 0, 1),
                LookupClass.FIXABLE_DATA_ERROR, LookupCounts.of(0, 1, 0, 0, 1)));
        assertThat(s.byMethod().get(CheckinMethod.CCCD_QR)).isEqualTo(LookupCounts.of(1, 4, 0, 1, 3));
        assertThat(s.byMethod().get(CheckinMethod.TYPED)).isEqualTo(LookupCounts.of(0, 1, 0, 0, 1));
        assertThat(s.byCode().keySet()).containsExactly("000", "050", "051", "TIMEOUT");
        assertThat(s.byCode().get("050").lookups()).isEqualTo(3);
        assertThat(s.byCode().get("TIMEOUT").meaning()).isEqualTo("Cổng BHXH không trả lời trong thời gian chờ");
        assertThat(s.byDay()).containsOnlyKeys(DAY);
        assertThat(s.byDay().get(DAY)).isEqualTo(s.totals());
    }

    @Test
    void overridesCountApartAndTheTotalsAddUp() {
        try (OverrideFixture f = new OverrideFixture()) {
            LookupSuccess stats = sixCheckInsAndTheirFixes(f);
            assertAddsUp(stats);
            assertThat(f.lookups()).as("every lookup stays in the log: 6 check-ins + 4 re-runs").hasSize(10);
        }
    }
}
