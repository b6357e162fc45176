package vn.tiepdon.server.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.testing.MutableClock;

/** The gateway account's request budget: a sliding minute, a local day, and the callers' shares. */
class RequestBudgetTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 2026-11-22 08:00 in Vietnam. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"), VIETNAM);

    private static int take(RequestBudget budget, GatewayCaller caller, int times) {
        int taken = 0;
        for (int i = 0; i < times; i++) {
            taken += budget.tryTake(caller) ? 1 : 0;
        }
        return taken;
    }

    @Test
    void theMinuteWindowSlidesBySixtySecondsOfTheClock() {
        RequestBudget budget = new RequestBudget(new RequestBudget.Quota(3, 100, 1.0), clock);
        budget.tryTake(GatewayCaller.KIOSK); // 08:00:00
        clock.advanceSeconds(20);
        budget.tryTake(GatewayCaller.KIOSK); // 08:00:20
        budget.tryTake(GatewayCaller.KIOSK); // 08:00:20
        assertThat(budget.tryTake(GatewayCaller.KIOSK)).isFalse();

        clock.advanceSeconds(39); // 08:00:59: the first is 59 s old
        assertThat(budget.tryTake(GatewayCaller.KIOSK)).isFalse();
        assertThat(budget.usage().thisMinute()).isEqualTo(3);

        clock.advanceSeconds(1); // 08:01:00: the first is 60 s old and out of the window
        assertThat(budget.usage().thisMinute()).isEqualTo(2);
        assertThat(budget.tryTake(GatewayCaller.KIOSK)).isTrue();
        assertThat(budget.tryTake(GatewayCaller.KIOSK)).isFalse();

        clock.advanceSeconds(20); // 08:01:20: both of 08:00:20 are out
        assertThat(budget.usage().thisMinute()).isEqualTo(1);
        assertThat(take(budget, GatewayCaller.KIOSK, 5)).isEqualTo(2);
        assertThat(budget.usage().today()).isEqualTo(6);
    }

    @Test
    void theDayResetsAtLocalMidnightNotAtUtcMidnight() {
        RequestBudget budget = new RequestBudget(new RequestBudget.Quota(100, 5, 1.0), clock);
        assertThat(take(budget, GatewayCaller.KIOSK, 8)).isEqualTo(5);
        assertThat(budget.usage().day()).isEqualTo(LocalDate.of(2026, 11, 22));

        // 23:59:59 in Vietnam is 16:59:59 UTC
        clock.advance(Duration.between(clock.instant(), Instant.parse("2026-11-22T16:59:59Z")));
        assertThat(budget.tryTake(GatewayCaller.KIOSK)).as("23:59:59 local: still the same day").isFalse();
        assertThat(budget.usage().today()).isEqualTo(5);

        clock.advanceSeconds(1); // 00:00:00 on the 23rd in Vietnam, still the 22nd in UTC
        assertThat(budget.usage()).isEqualTo(new RequestBudget.Usage(0, 0, LocalDate.of(2026, 11, 23)));
        assertThat(take(budget, GatewayCaller.KIOSK, 8)).isEqualTo(5);
    }

    @Test
    void backgroundRetriesStopAtTheirShareOfTheMinuteWhileKiosksGetThrough() {
        RequestBudget budget = new RequestBudget(new RequestBudget.Quota(10, 1000, 0.55), clock);

        assertThat(take(budget, GatewayCaller.BACKGROUND, 20)).as("floor(10 * 0.55)").isEqualTo(5);
        assertThat(take(budget, GatewayCaller.DESK, 20)).as("floor(10 * 0.9) less the 5 used").isEqualTo(4);
        assertThat(take(budget, GatewayCaller.KIOSK, 20)).as("the whole minute").isEqualTo(1);
        assertThat(budget.usage().thisMinute()).isEqualTo(10);
    }

    @Test
    void backgroundRetriesStopAtTheirShareOfTheDay() {
        RequestBudget budget = new RequestBudget(new RequestBudget.Quota(100, 20, 0.5), clock);

        int background = 0;
        for (int minute = 0; minute < 5; minute++) {
            background += take(budget, GatewayCaller.BACKGROUND, 50);
            clock.advanceSeconds(61);
        }
        assertThat(background).as("floor(20 * 0.5) over several minutes").isEqualTo(10);
        assertThat(take(budget, GatewayCaller.DESK, 50)).as("floor(20 * 0.9) less the 10 used").isEqualTo(8);
        assertThat(take(budget, GatewayCaller.KIOSK, 50)).isEqualTo(2);
        assertThat(budget.usage().today()).isEqualTo(20);
    }

    @Test
    void aReceptionistMayUseNinetyPercent() {
        RequestBudget budget = new RequestBudget(new RequestBudget.Quota(20, 1000, 0.5), clock);

        assertThat(take(budget, GatewayCaller.DESK, 30)).isEqualTo(18);
        assertThat(take(budget, GatewayCaller.KIOSK, 30)).isEqualTo(2);
    }

    @Test
    void requestsMadeBeforeARestartCountAgainstToday() {
        RequestBudget budget = new RequestBudget(new RequestBudget.Quota(100, 50, 0.5), clock);

        budget.seedToday(24);

        assertThat(budget.usage()).isEqualTo(new RequestBudget.Usage(0, 24, LocalDate.of(2026, 11, 22)));
        assertThat(take(budget, GatewayCaller.BACKGROUND, 10)).as("25 is the background cap").isEqualTo(1);
        assertThat(take(budget, GatewayCaller.KIOSK, 100)).isEqualTo(25);
        budget.seedToday(10);
        assertThat(budget.usage().today()).as("a smaller count never lowers it").isEqualTo(50);
    }

    @Test
    void aRequestGivenBackFreesItsPlaceInTheMinuteAndTheDay() {
        RequestBudget budget = new RequestBudget(new RequestBudget.Quota(2, 100, 1.0), clock);
        budget.tryTake(GatewayCaller.KIOSK);
        budget.tryTake(GatewayCaller.KIOSK);
        assertThat(budget.tryTake(GatewayCaller.KIOSK)).isFalse();

        budget.giveBack();

        assertThat(budget.usage()).isEqualTo(new RequestBudget.Usage(1, 1, LocalDate.of(2026, 11, 22)));
        assertThat(budget.tryTake(GatewayCaller.KIOSK)).isTrue();
        budget.giveBack();
        budget.giveBack();
        budget.giveBack();
        assertThat(budget.usage()).as("never below nothing").isEqualTo(new RequestBudget.Usage(0, 0,
                LocalDate.of(2026, 11, 22)));
    }

    @Test
    void nextRoomIsWhenTheOldestRequestThatMattersLeavesTheMinute() {
        RequestBudget budget = new RequestBudget(new RequestBudget.Quota(4, 1000, 0.5), clock);
        Instant start = clock.instant();
        assertThat(budget.nextRoom(GatewayCaller.BACKGROUND)).as("room now").isEqualTo(start);

        budget.tryTake(GatewayCaller.KIOSK); // t0
        clock.advanceSeconds(10);
        budget.tryTake(GatewayCaller.KIOSK); // t0 + 10
        clock.advanceSeconds(10);
        budget.tryTake(GatewayCaller.KIOSK); // t0 + 20

        // background may use 2: 3 are in the window, so the 2nd oldest must leave: t0 + 10 + 60
        assertThat(budget.nextRoom(GatewayCaller.BACKGROUND)).isEqualTo(start.plusSeconds(70));
        assertThat(budget.nextRoom(GatewayCaller.KIOSK)).isEqualTo(start.plusSeconds(20));

        clock.advance(Duration.between(clock.instant(), start.plusSeconds(70)));
        assertThat(budget.tryTake(GatewayCaller.BACKGROUND)).isTrue();
    }

    @Test
    void nextRoomIsLocalMidnightWhenTheDayIsSpent() {
        RequestBudget budget = new RequestBudget(new RequestBudget.Quota(100, 4, 0.5), clock);
        take(budget, GatewayCaller.BACKGROUND, 2);

        assertThat(budget.nextRoom(GatewayCaller.BACKGROUND)).isEqualTo(Instant.parse("2026-11-22T17:00:00Z"));
        assertThat(budget.nextRoom(GatewayCaller.KIOSK)).isEqualTo(clock.instant());
    }

    @Test
    void aQuotaOutOfRangeIsRefused() {
        assertThatThrownBy(() -> new RequestBudget.Quota(0, 10, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestBudget.Quota(10, 0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestBudget.Quota(10, 10, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequestBudget.Quota(10, 10, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RequestBudget.Quota.defaults()).isEqualTo(new RequestBudget.Quota(60, 5000, 0.5));
    }
}
