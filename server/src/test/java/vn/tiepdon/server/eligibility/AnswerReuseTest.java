package vn.tiepdon.server.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.eligibility.ResultCodeMeaning;
import vn.tiepdon.core.eligibility.ResultCodes;
import vn.tiepdon.core.identity.PartialDate;
import vn.tiepdon.core.testing.MutableClock;

/** The same card looked up again within the window gets the earlier definite answer. */
class AnswerReuseTest {
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final LookupRequest AN = new LookupRequest("079090001234", Optional.of("Nguyễn Văn An"),
            Optional.of(PartialDate.parseIso("1990-08-15")));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
    private final AnswerReuse reuse = new AnswerReuse(WINDOW, clock);

    static LookupOutcome.Answered answered(String code) {
        ResultCodeMeaning m = ResultCodes.classify(code);
        return new LookupOutcome.Answered(m.code(), m.lookupClass(), m.patientMessage(), m.staffMessage(),
                Optional.empty(), 40, 1);
    }

    @Test
    void anAnswerIsReusedWithinTheWindowAndNotAfter() {
        LookupOutcome.Answered eligible = answered("000");
        reuse.keep(AN, eligible);

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(reuse.find(AN)).contains(new AnswerReuse.Reused(eligible, Duration.ofSeconds(899)));

        clock.advanceSeconds(1);
        assertThat(reuse.find(AN)).as("exactly 15 min old").isEmpty();
    }

    @Test
    void theCardKeyIsComparedTrimmedAndInCapitals() {
        LookupRequest card = new LookupRequest("HC4010185012345", Optional.empty(), Optional.empty());
        reuse.keep(card, answered("000"));

        assertThat(reuse.find(new LookupRequest(" hc4010185012345 ", Optional.empty(), Optional.empty()))).isPresent();
        assertThat(reuse.find(new LookupRequest("HC4010185012346", Optional.empty(), Optional.empty()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "010", "050", "003", "051"})
    void definiteAnswersAboutTheCardAreKept(String code) {
        reuse.keep(AN, answered(code));

        assertThat(reuse.find(AN).map(r -> r.answer().code())).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"500", "100", "101", "054", "055", "401", "999"})
    void gatewayErrorsSetUpErrorsAndUnknownCodesAreNotKept(String code) {
        reuse.keep(AN, answered(code));

        assertThat(reuse.find(AN)).isEmpty();
    }

    @Test
    void aRequestWithAnotherNameOrBirthDateIsAskedAgain() {
        reuse.keep(AN, answered("070"));

        assertThat(reuse.find(new LookupRequest(AN.cardKey(), Optional.of("Nguyễn Văn Anh"), AN.dateOfBirth())))
                .as("a corrected name").isEmpty();
        assertThat(reuse.find(new LookupRequest(AN.cardKey(), AN.fullName(),
                Optional.of(PartialDate.parseIso("1990-08-16"))))).as("a corrected birth date").isEmpty();
        assertThat(reuse.find(new LookupRequest(AN.cardKey(), AN.fullName(), Optional.of(PartialDate.yearOnly(1990)))))
                .as("a birth year only").isEmpty();
        assertThat(reuse.find(AN)).as("the kept answer is still there for the same request").isPresent();
    }

    @Test
    void theSameNameWrittenWithOtherSpacesOrLetterCaseIsTheSame() {
        reuse.keep(AN, answered("000"));

        assertThat(reuse.find(new LookupRequest(AN.cardKey(), Optional.of("  NGUYỄN   văn an "), AN.dateOfBirth())))
                .isPresent();
    }

    @Test
    void aRequestWithNoNameOrBirthDateIsServedFromTheKeptAnswer() {
        reuse.keep(AN, answered("000"));

        assertThat(reuse.find(new LookupRequest(AN.cardKey(), Optional.empty(), Optional.empty()))).isPresent();
        assertThat(reuse.find(new LookupRequest(AN.cardKey(), AN.fullName(), Optional.empty()))).isPresent();
        assertThat(reuse.find(new LookupRequest(AN.cardKey(), Optional.empty(), AN.dateOfBirth()))).isPresent();
    }

    @Test
    void anAnswerToARequestWithoutNameIsNotServedToOneWithAName() {
        LookupRequest typed = new LookupRequest(AN.cardKey(), Optional.empty(), Optional.empty());
        reuse.keep(typed, answered("000"));

        assertThat(reuse.find(AN)).isEmpty();
        assertThat(reuse.find(typed)).isPresent();
    }

    @Test
    void aLaterAnswerReplacesTheEarlierOneAndRestartsTheWindow() {
        reuse.keep(AN, answered("010"));
        clock.advance(Duration.ofMinutes(10));
        reuse.keep(AN, answered("000"));
        clock.advance(Duration.ofMinutes(10));

        assertThat(reuse.find(AN).map(r -> r.answer().code())).contains("000");
        assertThat(reuse.find(AN).map(AnswerReuse.Reused::age)).contains(Duration.ofMinutes(10));
    }

    @Test
    void aZeroWindowTurnsReuseOff() {
        AnswerReuse off = new AnswerReuse(Duration.ZERO, clock);
        off.keep(AN, answered("000"));

        assertThat(off.find(AN)).isEmpty();
        assertThatThrownBy(() -> new AnswerReuse(Duration.ofMinutes(-1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
