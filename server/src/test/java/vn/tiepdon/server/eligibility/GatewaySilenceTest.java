package vn.tiepdon.server.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.testing.MutableClock;

/** The breaker's quick sign of a gateway that holds requests without a byte. */
class GatewaySilenceTest {
    private static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");
    private static final GatewayReply HEARD = new GatewayReply.Coded("000", Optional.empty(),
            Optional.of(new ReceivedReply(200, 10, Optional.empty())));
    private static final GatewayReply TIMED_OUT = new GatewayReply.Failed(LookupOutcome.Reason.TIMEOUT,
            "no answer within the budget", false);

    @Test
    void aRequestWaitingSilentForWithNothingHeardSinceIsSilenceOnce() {
        GatewaySilence silence = new GatewaySilence(Duration.ofSeconds(35));
        silence.sent(T0);
        silence.sent(T0.plusSeconds(10));
        assertThat(silence.silentAt(T0.plusSeconds(34))).isFalse();
        assertThat(silence.silentAt(T0.plusSeconds(35))).isTrue();
        assertThat(silence.silentAt(T0.plusSeconds(60))).as("told once; the next sign needs a new request").isFalse();
        silence.sent(T0.plusSeconds(61));
        assertThat(silence.silentAt(T0.plusSeconds(95))).isFalse();
        assertThat(silence.silentAt(T0.plusSeconds(96))).isTrue();
    }

    @Test
    void anythingHeardMeansTheRequestsSentBeforeAreNoSign() {
        GatewaySilence silence = new GatewaySilence(Duration.ofSeconds(35));
        silence.sent(T0);
        silence.heard();
        silence.sent(T0.plusSeconds(20));
        assertThat(silence.silentAt(T0.plusSeconds(40))).as("measured from the request after the answer")
                .isFalse();
        assertThat(silence.silentAt(T0.plusSeconds(55))).isTrue();
        assertThat(new GatewaySilence(Duration.ofSeconds(1)).silentAt(T0.plusSeconds(999)))
                .as("nothing sent, nothing waiting").isFalse();
        assertThatThrownBy(() -> new GatewaySilence(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBreakerOpensOnSilenceWithoutFailuresInARowAndEndsAProbeTheSameWay() {
        MutableClock clock = new MutableClock(T0);
        GatewayBreaker breaker = new GatewayBreaker(new GatewayBreaker.Settings(5, Duration.ofSeconds(30),
                Duration.ofSeconds(35)), clock);
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.sent();
        clock.advance(Duration.ofSeconds(10));
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.sent();
        breaker.heard(TIMED_OUT);
        clock.advance(Duration.ofSeconds(25));
        assertThat(breaker.tryAcquire()).as("35 s with nothing heard: open, nothing sent").isFalse();
        assertThat(breaker.state()).isEqualTo(GatewayBreaker.State.OPEN);
        // the two requests give up later: recorded while open, they change nothing
        breaker.record(TIMED_OUT, 60_000);
        breaker.record(TIMED_OUT, 60_000);

        clock.advance(Duration.ofSeconds(31));
        assertThat(breaker.tryAcquire()).as("the probe").isTrue();
        breaker.sent();
        assertThat(breaker.state()).isEqualTo(GatewayBreaker.State.HALF_OPEN);
        clock.advance(Duration.ofSeconds(34));
        breaker.checkSilence();
        assertThat(breaker.state()).isEqualTo(GatewayBreaker.State.HALF_OPEN);
        clock.advance(Duration.ofSeconds(1));
        breaker.checkSilence();
        assertThat(breaker.state()).as("the silent probe failed").isEqualTo(GatewayBreaker.State.OPEN);

        clock.advance(Duration.ofSeconds(31));
        assertThat(breaker.tryAcquire()).isTrue();
        breaker.sent();
        clock.advance(Duration.ofSeconds(20));
        breaker.heard(HEARD);
        breaker.record(HEARD, 20_000);
        assertThat(breaker.state()).isEqualTo(GatewayBreaker.State.CLOSED);
        clock.advance(Duration.ofSeconds(60));
        assertThat(breaker.tryAcquire()).as("heard: no silence").isTrue();
    }

    @Test
    void aSlowGatewayIsNotSilent() {
        MutableClock clock = new MutableClock(T0);
        GatewayBreaker breaker = new GatewayBreaker(GatewayBreaker.Settings.defaults(), clock);
        // one request every 6 s, each answered 30 s after it was sent
        for (int i = 0; i < 100; i++) {
            if (i >= 5) {
                breaker.heard(HEARD);
                breaker.record(HEARD, 30_000);
            }
            assertThat(breaker.tryAcquire()).isTrue();
            breaker.sent();
            clock.advance(Duration.ofSeconds(6));
        }
        assertThat(breaker.state()).isEqualTo(GatewayBreaker.State.CLOSED);
    }
}
