package vn.tiepdon.server.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.GatewayNotice;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.testing.MutableClock;

/** An outage: no answer for the threshold, from the first unanswered request to the next answer. */
class OutageWatchTest {
    private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final OutageWatch watch = new OutageWatch(Duration.ofMinutes(5), clock);
    private final List<GatewayNotice> told = new CopyOnWriteArrayList<>();

    OutageWatchTest() {
        watch.onChange(told::add);
    }

    @Test
    void noOutageBeforeTheThreshold() {
        watch.unanswered();
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        watch.unanswered();
        watch.check();

        assertThat(watch.current()).isEmpty();
        assertThat(told).isEmpty();
    }

    @Test
    void theOutageStartsAtTheFirstUnansweredRequestOnceTheThresholdPassesByTheTimer() {
        watch.unanswered();
        clock.advanceSeconds(60);
        watch.unanswered();
        clock.advanceSeconds(240);

        watch.check();

        assertThat(watch.current()).contains(new OutageWatch.Outage(T0, 2));
        assertThat(told).containsExactly(new GatewayNotice(GatewayNotice.Kind.OUTAGE_STARTED, T0, Optional.empty(),
                "no answer for 5 min"));
    }

    @Test
    void theOutageStartsWithTheNextFailureAfterTheThreshold() {
        watch.unanswered();
        clock.advance(Duration.ofMinutes(6));

        watch.unanswered();

        assertThat(watch.current()).contains(new OutageWatch.Outage(T0, 2));
        assertThat(told).extracting(GatewayNotice::kind).containsExactly(GatewayNotice.Kind.OUTAGE_STARTED);
    }

    @Test
    void anAnswerEndsItAndEachNoticeIsToldOnce() {
        watch.unanswered();
        clock.advance(Duration.ofMinutes(5));
        watch.check();
        watch.check();
        clock.advanceSeconds(30);
        watch.unanswered();
        watch.unanswered();
        watch.check();
        assertThat(watch.current()).contains(new OutageWatch.Outage(T0, 3));

        clock.advanceSeconds(30);
        watch.answered();
        watch.answered();

        assertThat(watch.current()).isEmpty();
        assertThat(told).containsExactly(
                new GatewayNotice(GatewayNotice.Kind.OUTAGE_STARTED, T0, Optional.empty(), "no answer for 5 min"),
                new GatewayNotice(GatewayNotice.Kind.OUTAGE_ENDED, T0, Optional.of(T0.plusSeconds(360)),
                        "3 request(s) during the outage"));
    }

    @Test
    void anAnswerBeforeTheThresholdForgetsTheFailures() {
        watch.unanswered();
        clock.advance(Duration.ofMinutes(4));
        watch.answered();
        clock.advance(Duration.ofMinutes(2));
        watch.unanswered();
        watch.check();

        assertThat(watch.current()).isEmpty();
        clock.advance(Duration.ofMinutes(5));
        watch.check();
        assertThat(watch.current()).contains(new OutageWatch.Outage(T0.plusSeconds(360), 1));
        assertThat(told).extracting(GatewayNotice::kind).containsExactly(GatewayNotice.Kind.OUTAGE_STARTED);
    }

    @Test
    void aSecondOutageIsToldAgain() {
        watch.unanswered();
        clock.advance(Duration.ofMinutes(5));
        watch.check();
        watch.answered();
        clock.advance(Duration.ofMinutes(1));
        watch.unanswered();
        clock.advance(Duration.ofMinutes(5));
        watch.check();

        assertThat(told).extracting(GatewayNotice::kind).containsExactly(GatewayNotice.Kind.OUTAGE_STARTED,
                GatewayNotice.Kind.OUTAGE_ENDED, GatewayNotice.Kind.OUTAGE_STARTED);
        assertThat(told.get(2).since()).isEqualTo(T0.plus(Duration.ofMinutes(6)));
    }

    @Test
    void theGuardCountsRepliesWithACodeAsAnswersAndFailuresAsNone() {
        GatewayGuard guard = new GatewayGuard(new GatewayGuard.Settings(RequestBudget.Quota.unlimited(),
                Duration.ZERO, Duration.ofMinutes(5)), clock);
        guard.observe(new GatewayReply.Failed(LookupOutcome.Reason.TIMEOUT, "no answer", false));
        guard.observe(new GatewayReply.Failed(LookupOutcome.Reason.LOGIN_FAILED, "login: HTTP 401", false));
        clock.advance(Duration.ofMinutes(5));
        guard.observe(new GatewayReply.Failed(LookupOutcome.Reason.UNREACHABLE, "ConnectException", true));

        assertThat(guard.outages().current()).as("a refused login is an answer of sorts, not counted")
                .contains(new OutageWatch.Outage(T0, 2));

        guard.observe(new GatewayReply.Coded("500", Optional.empty()));
        assertThat(guard.outages().current()).as("any result code is an answer").isEmpty();
    }

    @Test
    void theThresholdMustBePositive() {
        assertThatThrownBy(() -> new OutageWatch(Duration.ZERO, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
