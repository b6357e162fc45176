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
import vn.tiepdon.core.api.LookupStats;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.identity.IdentificationMethod;

/**
 * Overrides count apart from gateway successes, one check-in once: a re-run replaces the lookup
 * it re-ran in every count, and is counted as an override whatever the gateway answered it.
 */
class OverrideStatisticsTest {

    /** Six check-ins, each ending differently; the same on H2 and (PostgresOverrideTest) PostgreSQL. */
    static LookupStats sixCheckInsAndTheirFixes(OverrideFixture f) {
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
        return f.server.admin().lookupStats(DAY, DAY);
    }

    static void assertAddsUp(LookupStats s) {
        assertThat(s.total()).as("one per check-in: re-run lookups replace, never add").isEqualTo(6);
        assertThat(s.succeeded()).as("only the check-in the gateway passed by itself").isEqualTo(1);
        assertThat(s.rate()).isEqualTo(1.0 / 6);
        assertThat(s.overridden()).isEqualTo(Map.of(LookupOverride.Action.RERUN, 2L,
                LookupOverride.Action.ACCEPT_PAPER_CARD, 1L, LookupOverride.Action.FEE_PAYING, 1L));
        assertThat(s.unfixedFailures()).isEqualTo(1);
        assertThat(s.byClass()).isEqualTo(Map.of(LookupClass.ELIGIBLE, 3L, LookupClass.NOT_ELIGIBLE, 2L,
                LookupClass.GATEWAY_ERROR, 1L));
        assertThat(s.byClass().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(s.total());
        assertThat(s.byMethod()).isEqualTo(Map.of(IdentificationMethod.QR, 5L, IdentificationMethod.TYPED, 1L));
        assertThat(s.succeeded() + s.overridden().values().stream().mapToLong(Long::longValue).sum()
                + s.unfixedFailures()).isEqualTo(s.total());
    }

    @Test
    void overridesCountApartAndTheTotalsAddUp() {
        try (OverrideFixture f = new OverrideFixture()) {
            LookupStats stats = sixCheckInsAndTheirFixes(f);
            assertAddsUp(stats);
            assertThat(f.lookups()).as("every lookup stays in the log: 6 check-ins + 4 re-runs").hasSize(10);
        }
    }
}
