package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.testing.MutableClock;

class KeypadModelTest {
    private final KeypadModel keypad = new KeypadModel(new MutableClock(Samples.NOW, Samples.HANOI));

    private void type(String digits) {
        digits.chars().forEach(c -> keypad.press((char) c));
    }

    @Test
    void twelveDigitCccdAsksForTheBirthYearThenGivesTheEntry() {
        type("079012345678");
        assertThat(keypad.confirm()).isEmpty();
        assertThat(keypad.step()).isEqualTo(KeypadModel.Step.BIRTH_YEAR);
        assertThat(keypad.promptKey()).isEqualTo("keypad.promptYear");

        type("1956");
        assertThat(keypad.confirm()).contains(new KeypadModel.Entry("079012345678", Optional.of(1956)));
    }

    @Test
    void tenDigitSocialInsuranceNumberAlsoAsksForTheBirthYear() {
        type("0123456789");
        keypad.confirm();
        type("2001");
        assertThat(keypad.confirm()).contains(new KeypadModel.Entry("0123456789", Optional.of(2001)));
    }

    @Test
    void numberOfAnotherLengthStaysWithAProblem() {
        type("07901234");
        assertThat(keypad.confirm()).isEmpty();
        assertThat(keypad.step()).isEqualTo(KeypadModel.Step.NUMBER);
        assertThat(keypad.problemKey()).contains("keypad.numberLength");

        keypad.press('5');
        assertThat(keypad.problemKey()).isEmpty();
    }

    @Test
    void birthYearInTheFutureOrTooLongAgoIsRefused() {
        type("079012345678");
        keypad.confirm();
        type("2027");
        assertThat(keypad.confirm()).isEmpty();
        assertThat(keypad.problemKey()).contains("keypad.badYear");

        for (int i = 0; i < 4; i++) {
            keypad.delete();
        }
        type("1890");
        assertThat(keypad.confirm()).isEmpty();

        for (int i = 0; i < 4; i++) {
            keypad.delete();
        }
        type("2026");
        assertThat(keypad.confirm()).isPresent();
    }

    @Test
    void digitsBeyondTheFieldLengthAndNonDigitsAreIgnored() {
        type("0790123456789999");
        keypad.press('x');
        assertThat(keypad.shown()).isEqualTo("0790 1234 5678");
    }

    @Test
    void backFromTheBirthYearReturnsToTheNumberAndThenLeaves() {
        type("079012345678");
        keypad.confirm();
        type("19");

        assertThat(keypad.back()).isTrue();
        assertThat(keypad.step()).isEqualTo(KeypadModel.Step.NUMBER);
        assertThat(keypad.shown()).isEqualTo("0790 1234 5678");
        assertThat(keypad.back()).isFalse();
    }

    @Test
    void asksTheBirthYearNotTheDateWhenNoCardIsOnTheReader() {
        KeypadModel keypad = new KeypadModel(java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T01:00:00Z"),
                java.time.ZoneOffset.UTC), false);
        "079090001234".chars().forEach(c -> keypad.press((char) c));
        keypad.confirm();
        assertThat(keypad.step()).isEqualTo(KeypadModel.Step.BIRTH_YEAR);
    }

    @Test
    void rejectsABirthDateThatIsNotACalendarDateOrInTheFuture() {
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T01:00:00Z"),
                java.time.ZoneOffset.UTC);
        for (String bad : new String[] {"31021990", "15132000", "01012030", "1508199"}) {
            KeypadModel keypad = new KeypadModel(clock, true);
            "079090001234".chars().forEach(c -> keypad.press((char) c));
            keypad.confirm();
            bad.chars().forEach(c -> keypad.press((char) c));
            assertThat(keypad.confirm()).as(bad).isEmpty();
            assertThat(keypad.problemKey()).as(bad).contains("keypad.badDate");
        }
    }

    @Test
    void asksOnlyTheBirthYearAfterATenDigitNumberEvenWithACardOnTheReader() {
        KeypadModel keypad = new KeypadModel(java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T01:00:00Z"),
                java.time.ZoneOffset.UTC), true);
        "0123456789".chars().forEach(c -> keypad.press((char) c));
        keypad.confirm();
        assertThat(keypad.step()).isEqualTo(KeypadModel.Step.BIRTH_YEAR);
    }
}
