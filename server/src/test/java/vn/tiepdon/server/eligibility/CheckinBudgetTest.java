package vn.tiepdon.server.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CheckinBudgetTest {

    @Test
    void keepsAReserveOfTheKioskBudgetForTheRestOfTheCheckin() {
        assertThat(CheckinBudget.forLookup(Duration.ofSeconds(4))).isEqualTo(Duration.ofMillis(3700));
    }

    @Test
    void givesTheLookupAtLeastHalfOfATinyBudget() {
        assertThat(CheckinBudget.forLookup(Duration.ofMillis(400))).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void refusesABudgetThatIsNotPositive() {
        assertThatThrownBy(() -> CheckinBudget.forLookup(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
