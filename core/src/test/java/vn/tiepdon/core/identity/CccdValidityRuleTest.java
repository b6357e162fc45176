package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CccdValidityRuleTest {

    private static final LocalDate BIRTH = LocalDate.of(1993, 1, 5);

    @Test
    void cardIssuedAtTwentyEightRunsToTheFortiethBirthday() {
        assertThat(CccdValidityRule.validity(BIRTH, LocalDate.of(2021, 7, 24)))
                .isEqualTo(new CardValidity.Until(LocalDate.of(2033, 1, 5)));
    }

    @Test
    void cardIssuedAtFourteenRunsToTheTwentyFifthBirthday() {
        assertThat(CccdValidityRule.validity(BIRTH, LocalDate.of(2007, 3, 1)))
                .isEqualTo(new CardValidity.Until(LocalDate.of(2018, 1, 5)));
    }

    @Test
    void cardIssuedOneYearBeforeTwentyFiveRunsToTheFortiethBirthday() {
        assertThat(CccdValidityRule.validity(BIRTH, LocalDate.of(2017, 1, 5)))
                .isEqualTo(new CardValidity.Until(LocalDate.of(2033, 1, 5)));
    }

    @Test
    void cardIssuedExactlyTwoYearsBeforeAMilestoneSkipsIt() {
        assertThat(CccdValidityRule.validity(BIRTH, LocalDate.of(2016, 1, 5)))
                .isEqualTo(new CardValidity.Until(LocalDate.of(2033, 1, 5)));
        assertThat(CccdValidityRule.validity(BIRTH, LocalDate.of(2016, 1, 4)))
                .isEqualTo(new CardValidity.Until(LocalDate.of(2018, 1, 5)));
    }

    @Test
    void cardIssuedAtFiftySevenRunsToTheSixtiethBirthday() {
        assertThat(CccdValidityRule.validity(LocalDate.of(1960, 6, 1), LocalDate.of(2017, 6, 1)))
                .isEqualTo(new CardValidity.Until(LocalDate.of(2020, 6, 1)));
    }

    @Test
    void cardIssuedAtFiftyNineOrLaterIsForLife() {
        assertThat(CccdValidityRule.validity(LocalDate.of(1960, 6, 1), LocalDate.of(2019, 6, 1)))
                .isEqualTo(new CardValidity.Lifetime());
        assertThat(CccdValidityRule.validity(LocalDate.of(1950, 6, 1), LocalDate.of(2021, 6, 1)))
                .isEqualTo(new CardValidity.Lifetime());
    }
}
