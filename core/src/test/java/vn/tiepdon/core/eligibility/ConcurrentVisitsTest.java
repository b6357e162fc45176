package vn.tiepdon.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.RecentCheck;

class ConcurrentVisitsTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final ConcurrentVisits rule = new ConcurrentVisits("01999", Duration.ofDays(3));

    private static GatewayCard.Check check(String user, String at, String message) {
        return new GatewayCard.Check(user, at, Optional.ofNullable(message), Optional.of("000"));
    }

    @Test
    void readsTheFacilityCodeFromTheAccountAndTheLocalTime() {
        GatewayCard.Check c = check("79024_BV", "202611211405", "Thẻ còn giá trị sử dụng");

        assertThat(c.facilityCode()).contains("79024");
        assertThat(c.time()).contains(LocalDateTime.of(2026, 11, 21, 14, 5));
        assertThat(check(" 01013 ", "x", null).facilityCode()).contains("01013");
        assertThat(check("BV_01013", "202611211405", null).facilityCode()).isEmpty();
        assertThat(check("010131_BV", "202611211405", null).facilityCode()).isEmpty();
        assertThat(check("79024_BV", "2026112114", null).time()).isEmpty();
        assertThat(check("79024_BV", "202613211405", null).time()).isEmpty();
        assertThat(check("79024_BV", "", null).time()).isEmpty();
    }

    @Test
    void keepsOnlyOtherFacilitiesMostRecentFirstEachOnce() {
        List<RecentCheck> others = rule.byOtherFacilities(List.of(
                check("01999_BV", "202611220800", "ours"),
                check("79024_BV", "202611201000", "older"),
                check("79024_BV", "202611211405", " Thẻ còn giá trị sử dụng "),
                check("79024_BV", "202611211405", "same check listed twice"),
                check("unknown", "202611211405", "no facility code"),
                check("48001_BV", "not a time", "no time"),
                new GatewayCard.Check("48001_BV", "202611211500", Optional.empty(), Optional.of("070"))), VIETNAM);

        assertThat(others).containsExactly(
                new RecentCheck("48001", Instant.parse("2026-11-21T08:00:00Z"), Optional.of("070")),
                new RecentCheck("79024", Instant.parse("2026-11-21T07:05:00Z"),
                        Optional.of("Thẻ còn giá trị sử dụng")),
                new RecentCheck("79024", Instant.parse("2026-11-20T03:00:00Z"), Optional.of("older")));
    }

    @Test
    void aCheckCountsWithinTheWindowOfTheLookupOnEitherSide() {
        Instant lookup = Instant.parse("2026-11-22T01:00:00Z");
        RecentCheck yesterday = new RecentCheck("79024", lookup.minus(Duration.ofHours(20)), Optional.empty());
        RecentCheck edge = new RecentCheck("79024", lookup.minus(Duration.ofDays(3)), Optional.empty());
        RecentCheck older = new RecentCheck("48001", lookup.minus(Duration.ofDays(3)).minusSeconds(60),
                Optional.empty());
        RecentCheck later = new RecentCheck("48001", lookup.plus(Duration.ofHours(2)), Optional.empty());
        RecentCheck ours = new RecentCheck("01999", lookup.minus(Duration.ofHours(1)), Optional.empty());

        assertThat(rule.near(List.of(older, yesterday, ours, edge, later), lookup))
                .containsExactly(later, yesterday, edge);
    }

    @Test
    void refusesAnEmptyWindow() {
        assertThatThrownBy(() -> new ConcurrentVisits("01999", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gatewayMinutesRoundTripAndRejectWhatIsNotOne() {
        LocalDateTime t = LocalDateTime.of(2025, 3, 10, 10, 30);

        assertThat(GatewayTimes.minute(GatewayTimes.format(t))).contains(t);
        assertThat(GatewayTimes.minute(" 202503101030 ")).contains(t);
        assertThat(GatewayTimes.minute("202502301030")).isEmpty();
        assertThat(GatewayTimes.minute("202503102430")).isEmpty();
        assertThat(GatewayTimes.minute("10/03/2025")).isEmpty();
        assertThat(GatewayTimes.minute(null)).isEmpty();
    }
}
