package vn.tiepdon.server.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.bhxhsim.BhxhSimulator;
import vn.tiepdon.bhxhsim.DemoPopulation;
import vn.tiepdon.bhxhsim.SimPerson;
import vn.tiepdon.bhxhsim.SimSettings;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.testing.Conditions;

/**
 * Against bhxh-sim answering in 5-30 s, in simulated time running 20 times faster than real time
 * ({@link Pace}): the gateway code waits the clock's time scaled, and the circuit breaker counts a
 * kiosk's request that goes on after the kiosk stopped waiting by what it finally gets, so a slow
 * gateway does not open it while a gateway that gives no answer still does.
 */
class LateAnswersAndPaceTest {
    private static final double SPEED = 20;
    private static final Duration KIOSK_BUDGET = Duration.ofSeconds(4);
    private static final Duration BACKGROUND_BUDGET = Duration.ofSeconds(60);

    private final Clock clock = new FastClock(Instant.parse("2026-12-01T01:00:00Z"), SPEED);
    private BhxhSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    /** A clock {@code speed} times faster than real time; its views in other zones share its time. */
    private static final class FastClock extends Clock {
        private final Instant start;
        private final long startNanos;
        private final double speed;
        private final ZoneId zone;

        FastClock(Instant start, double speed) {
            this(start, System.nanoTime(), speed, ZoneOffset.UTC);
        }

        private FastClock(Instant start, long startNanos, double speed, ZoneId zone) {
            this.start = start;
            this.startNanos = startNanos;
            this.speed = speed;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new FastClock(start, startNanos, speed, other);
        }

        @Override
        public Instant instant() {
            return start.plusNanos((long) ((System.nanoTime() - startNanos) * speed));
        }
    }

    /** The shipped guard and a breaker that opens after 2 failed lookups in a row for 30 s. */
    private GatewayEligibilityService service() {
        sim = new BhxhSimulator(SimSettings.demo(), DemoPopulation.create(), clock).start(0);
        // 5 to 30 s of simulated time
        sim.setFaults(new SimSettings.Faults(Math.round(5000 / SPEED), Math.round(25000 / SPEED), 0, 0, 0));
        GatewayCredentials credentials = new GatewayCredentials(sim.baseUrl(), SimSettings.DEMO_USERNAME,
                SimSettings.DEMO_PASSWORD, false, SimSettings.DEMO_STAFF_NAME, SimSettings.DEMO_STAFF_CCCD);
        return GatewayEligibilityService.create(credentials, KIOSK_BUDGET,
                new GatewayBreaker.Settings(2, Duration.ofSeconds(30)),
                new GatewayGuard.Settings(RequestBudget.Quota.defaults(), Duration.ofMinutes(15), Duration.ofMinutes(5),
                        BACKGROUND_BUDGET), clock, Pace.faster(SPEED));
    }

    private static LookupRequest full(SimPerson p) {
        return new LookupRequest(p.cccd(), Optional.of(p.fullName()), Optional.of(p.dateOfBirth()));
    }

    private static void await(String what, BooleanSupplier condition) {
        Conditions.await(what, Duration.ofSeconds(20), condition);
    }

    @Test
    void paceFasterDividesEachWaitAndNeverTurnsOneIntoNone() {
        Pace pace = Pace.faster(60);
        assertThat(pace.realMillis(3_600)).isEqualTo(60);
        assertThat(pace.realMillis(61)).isEqualTo(2);
        assertThat(pace.realMillis(1)).isEqualTo(1);
        assertThat(pace.realMillis(0)).isZero();
        assertThat(pace.real(Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(1));
        assertThat(Pace.REAL.realMillis(4_000)).isEqualTo(4_000);
        assertThat(Pace.faster(1)).isSameAs(Pace.REAL);
    }

    @Test
    void theKiosksWaitIsTheBudgetOfTheClockAndLastsItsShareOfRealTime() {
        GatewayEligibilityService service = service();
        sim.setDown(true);

        long t0 = System.nanoTime();
        LookupOutcome kiosk = service.lookUp(full(DemoPopulation.ELIGIBLE_BY_CCCD), GatewayCaller.KIOSK, t -> { });
        long realMillis = (System.nanoTime() - t0) / 1_000_000;

        assertThat(((LookupOutcome.NoAnswer) kiosk).reason()).isEqualTo(LookupOutcome.Reason.TIMEOUT);
        assertThat(kiosk.millis()).as("simulated: about the budget").isBetween(3_000L, 8_000L);
        assertThat(realMillis).as("real: a twentieth of it, not 4 s").isLessThan(2_000L);
    }

    @Test
    void aSlowGatewayDoesNotOpenTheBreakerButOneThatNeverAnswersDoes() throws InterruptedException {
        GatewayEligibilityService service = service();
        GatewayGuard guard = service.guard().orElseThrow();
        SimPerson[] people = {DemoPopulation.ELIGIBLE_BY_CCCD, DemoPopulation.MILITARY, DemoPopulation.REDUCED};

        // the gateway answers in 5-30 s: every kiosk stops waiting at its 4 s budget, each request goes on
        for (SimPerson p : people) {
            LookupOutcome kiosk = service.lookUp(full(p), GatewayCaller.KIOSK, t -> { });
            assertThat(((LookupOutcome.NoAnswer) kiosk).reason()).isEqualTo(LookupOutcome.Reason.TIMEOUT);
        }
        assertThat(service.breaker().state()).as("3 kiosk timeouts are not 3 failures yet")
                .isEqualTo(GatewayBreaker.State.CLOSED);
        for (SimPerson p : people) {
            await("the late answer for " + p.fullName(), () -> guard.reuse().find(full(p)).isPresent());
        }
        assertThat(service.breaker().state()).as("each request was answered").isEqualTo(GatewayBreaker.State.CLOSED);
        assertThat(sim.lookupRequests()).isEqualTo(3);

        // the gateway gives no answer: the kiosks' requests fail when they give up (60 s), and then it opens
        sim.setDown(true);
        LookupRequest first = full(DemoPopulation.EXPIRED_CARD);
        LookupRequest second = full(DemoPopulation.ELIGIBLE_BY_CARD);
        service.lookUp(first, GatewayCaller.KIOSK, t -> { });
        service.lookUp(second, GatewayCaller.KIOSK, t -> { });
        assertThat(service.breaker().state()).isEqualTo(GatewayBreaker.State.CLOSED);
        await("the late requests to give up", () -> !guard.reuse().waiting(first) && !guard.reuse().waiting(second));
        await("the breaker to open", () -> service.breaker().state() == GatewayBreaker.State.OPEN);
        assertThat(sim.lookupRequests()).isEqualTo(5);

        // its probe after 30 s is a kiosk's: open no more, half-open until the late answer, then closed
        sim.setDown(false);
        Instant reopened = clock.instant().plusSeconds(31);
        await("30 s of the clock", () -> clock.instant().isAfter(reopened));
        LookupOutcome probe = service.lookUp(full(DemoPopulation.OLD_CARD_VALID_NEW_CARD), GatewayCaller.KIOSK,
                t -> { });
        assertThat(((LookupOutcome.NoAnswer) probe).reason()).isEqualTo(LookupOutcome.Reason.TIMEOUT);
        assertThat(service.breaker().state()).as("the probe's request goes on").isEqualTo(GatewayBreaker.State.HALF_OPEN);
        LookupOutcome meanwhile = service.lookUp(full(DemoPopulation.ELIGIBLE_BIRTH_YEAR_ONLY), GatewayCaller.BACKGROUND,
                t -> { });
        assertThat(((LookupOutcome.NoAnswer) meanwhile).detail()).as("one probe at a time")
                .isEqualTo(GatewayEligibilityService.BREAKER_OPEN);
        await("the probe's late answer", () -> service.breaker().state() == GatewayBreaker.State.CLOSED);
        assertThat(sim.lookupRequests()).isEqualTo(6);
    }

    @Test
    void aGatewayThatHoldsRequestsWithoutAByteOpensTheBreakerAfterSilentForNotAfterTheRequestsGiveUp() {
        GatewayEligibilityService service = service();
        GatewayGuard guard = service.guard().orElseThrow();
        sim.setDown(true);
        LookupRequest first = full(DemoPopulation.EXPIRED_CARD);
        service.lookUp(first, GatewayCaller.KIOSK, t -> { });
        Instant silent = clock.instant().plus(GatewayBreaker.Settings.SILENT_FOR);
        await("35 s of the clock", () -> clock.instant().isAfter(silent));
        assertThat(guard.reuse().waiting(first)).as("the first request still waits (60 s)").isTrue();

        LookupOutcome next = service.lookUp(full(DemoPopulation.ELIGIBLE_BY_CARD), GatewayCaller.KIOSK, t -> { });

        assertThat(((LookupOutcome.NoAnswer) next).detail()).as("one failure, not two in a row, yet not sent")
                .isEqualTo(GatewayEligibilityService.BREAKER_OPEN);
        assertThat(service.breaker().state()).isEqualTo(GatewayBreaker.State.OPEN);
        assertThat(sim.tokenRequests() + sim.lookupRequests()).as("the first lookup's login, which hangs")
                .isEqualTo(1);
    }
}
