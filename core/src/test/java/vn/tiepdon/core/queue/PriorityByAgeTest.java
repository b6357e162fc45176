package vn.tiepdon.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdon.core.identity.PartialDate;

class PriorityByAgeTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private final PriorityByAge rule = PriorityByAge.defaults();

    @ParameterizedTest(name = "born {0}: {1}")
    @CsvSource({
            "1951-12-01, ELDERLY",      // 75 today
            "1951-12-02, NONE",         // 75 tomorrow
            "1940-05-05, ELDERLY",
            "2020-12-02, YOUNG_CHILD",  // 5 until tomorrow
            "2020-12-01, NONE",         // 6 today
            "1990-01-01, NONE",
            "1950, ELDERLY",            // 75 or 76 this year: 75 at least
            "1951, NONE",               // 74 or 75: the year alone does not decide
            "2021, YOUNG_CHILD",        // 4 or 5
            "2020, NONE"                // 5 or 6
    })
    void decidesByTheBirthDateOnTheDay(String birth, String expected) {
        PartialDate date = birth.length() == 4 ? PartialDate.yearOnly(Integer.parseInt(birth))
                : PartialDate.of(LocalDate.parse(birth));
        assertThat(rule.reason(date, DAY).map(Enum::name).orElse("NONE")).isEqualTo(expected);
    }
}
