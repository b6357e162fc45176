package vn.tiepdon.server.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.bhxhsim.BhxhSimulator;
import vn.tiepdon.bhxhsim.DemoPopulation;
import vn.tiepdon.bhxhsim.Population;
import vn.tiepdon.bhxhsim.SimPerson;
import vn.tiepdon.bhxhsim.SimSettings;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.testing.MutableClock;

/**
 * The guard against bhxh-sim over real HTTP: a retry storm cannot exceed the budget, the same card
 * is asked once within the reuse window, newborn cards are never sent, and the restricted-account
 * reply stops every call until an admin resumes them.
 */
class GatewayGuardSimTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T01:00:00Z"));
    private BhxhSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private GatewayEligibilityService service(Population population, GatewayGuard.Settings guard) {
        sim = new BhxhSimulator(SimSettings.demo(), population, clock).start(0);
        GatewayCredentials credentials = new GatewayCredentials(sim.baseUrl(), SimSettings.DEMO_USERNAME,
                SimSettings.DEMO_PASSWORD, false, SimSettings.DEMO_STAFF_NAME, SimSettings.DEMO_STAFF_CCCD);
        return GatewayEligibilityService.create(credentials, Duration.ofSeconds(5), GatewayBreaker.Settings.defaults(),
                guard, clock);
    }

    private static LookupRequest full(SimPerson p) {
        return new LookupRequest(p.cccd(), Optional.of(p.fullName()), Optional.of(p.dateOfBirth()));
    }

    @Test
    void aRetryStormCannotExceedTheBudget() {
        Population people = Population.seeded(7, 300, clock);
        GatewayEligibilityService service = service(people, new GatewayGuard.Settings(
                new RequestBudget.Quota(20, 45, 0.5), Duration.ZERO, Duration.ofMinutes(5)));

        int notSent = 0;
        for (SimPerson p : people.people().subList(0, 200)) {
            LookupOutcome o = service.lookUp(full(p), GatewayCaller.BACKGROUND, t -> { });
            if (o instanceof LookupOutcome.NoAnswer n && n.reason() == LookupOutcome.Reason.NOT_SENT) {
                notSent++;
            }
        }
        assertThat(sim.lookupRequests()).as("background may use half of the 20 a minute").isEqualTo(10);
        assertThat(notSent).isEqualTo(190);
        assertThat(service.lookUp(full(people.people().get(250)), GatewayCaller.KIOSK, t -> { }).attempts())
                .as("the kiosk's share is still there").isEqualTo(1);

        for (int minute = 1; minute <= 10; minute++) {
            clock.advance(Duration.ofSeconds(61));
            for (SimPerson p : people.people().subList(0, 50)) {
                service.lookUp(full(p), GatewayCaller.BACKGROUND, t -> { });
            }
        }
        assertThat(sim.lookupRequests()).as("background stops once the day's use reaches its share, floor(45 x 0.5)")
                .isEqualTo(22);
        assertThat(service.guard().orElseThrow().budget().usage().today()).isEqualTo(22);
        assertThat(service.lookUp(full(people.people().get(251)), GatewayCaller.KIOSK, t -> { }).attempts())
                .as("the rest of the day is the kiosks'").isEqualTo(1);
    }

    @Test
    void theSameCardWithinTheWindowIsAskedOnce() {
        GatewayEligibilityService service = service(DemoPopulation.create(), GatewayGuard.Settings.defaults());
        LookupRequest an = full(DemoPopulation.ELIGIBLE_BY_CCCD);

        LookupOutcome first = service.lookUp(an, GatewayCaller.KIOSK, t -> { });
        clock.advance(Duration.ofMinutes(14));
        LookupOutcome again = service.lookUp(new LookupRequest(an.cardKey(), Optional.empty(), Optional.empty()),
                GatewayCaller.KIOSK, t -> { });

        assertThat(sim.lookupRequests()).isEqualTo(1);
        assertThat(again.resultCode()).isEqualTo(first.resultCode()).contains("000");
        assertThat(again.attempts()).as("nothing sent").isZero();
        assertThat(again.answeredName()).contains("Nguyễn Văn An");

        clock.advance(Duration.ofMinutes(2));
        service.lookUp(an, GatewayCaller.KIOSK, t -> { });
        assertThat(sim.lookupRequests()).as("after 15 minutes the gateway is asked again").isEqualTo(2);
    }

    @Test
    void aNewbornsTemporaryCardIsNeverSent() {
        Population people = DemoPopulation.create();
        GatewayEligibilityService service = service(people, GatewayGuard.Settings.defaults());
        SimPerson newborn = DemoPopulation.NEWBORN_TEMPORARY_CARD;

        LookupOutcome o = service.lookUp(new LookupRequest(newborn.cardNumber(), Optional.of(newborn.fullName()),
                Optional.of(newborn.dateOfBirth()), Optional.of("XX000")), GatewayCaller.KIOSK, t -> { });

        assertThat(sim.lookupRequests()).isZero();
        assertThat(o.lookupClass()).isEqualTo(LookupClass.TEMPORARY_CARD);
        assertThat(o.staffMessage()).contains("Thẻ tạm của trẻ sơ sinh");
    }

    @Test
    void theRestrictedAccountReplyStopsEveryCallUntilResumed() {
        Population people = Population.seeded(11, 50, clock);
        GatewayEligibilityService service = service(people, GatewayGuard.Settings.defaults());
        sim.setQuota(new SimSettings.Quota(3, 1000, Duration.ofHours(24)));
        List<LookupOutcome> outcomes = new ArrayList<>();

        for (SimPerson p : people.people().subList(0, 20)) {
            outcomes.add(service.lookUp(full(p), GatewayCaller.KIOSK, t -> { }));
        }

        assertThat(sim.restrictedReplies()).as("one restricted reply, then not a single request more").isEqualTo(1);
        assertThat(sim.lookupRequests()).isEqualTo(4);
        GatewayGuard guard = service.guard().orElseThrow();
        assertThat(guard.stop().current()).isPresent();
        LookupOutcome.NoAnswer held = (LookupOutcome.NoAnswer) outcomes.get(19);
        assertThat(held.reason()).isEqualTo(LookupOutcome.Reason.NOT_SENT);
        assertThat(held.detail()).contains("gateway calls stopped").contains("restricted-account reply");

        sim.resetRestrictions();
        assertThat(guard.stop().resume("user:admin")).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(service.lookUp(full(people.people().get(30)), GatewayCaller.KIOSK, t -> { }).resultCode())
                .contains("000");
        assertThat(sim.lookupRequests()).isEqualTo(5);
    }

    @Test
    void aKiosksLateAnswerCompletesTheBackgroundRetryWithoutASecondRequest() {
        java.time.Clock real = java.time.Clock.systemUTC();
        sim = new BhxhSimulator(SimSettings.demo(), DemoPopulation.create(), real).start(0);
        sim.setFaults(new SimSettings.Faults(1500, 0, 0, 0, 0));
        GatewayCredentials credentials = new GatewayCredentials(sim.baseUrl(), SimSettings.DEMO_USERNAME,
                SimSettings.DEMO_PASSWORD, false, SimSettings.DEMO_STAFF_NAME, SimSettings.DEMO_STAFF_CCCD);
        GatewayEligibilityService service = GatewayEligibilityService.create(credentials, Duration.ofMillis(800),
                GatewayBreaker.Settings.defaults(), new GatewayGuard.Settings(RequestBudget.Quota.defaults(),
                        Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofSeconds(10)), real);
        LookupRequest an = full(DemoPopulation.ELIGIBLE_BY_CCCD);

        LookupOutcome atTheKiosk = service.lookUp(an, GatewayCaller.KIOSK, t -> { });
        assertThat(atTheKiosk).isInstanceOf(LookupOutcome.NoAnswer.class);
        assertThat(((LookupOutcome.NoAnswer) atTheKiosk).reason()).isEqualTo(LookupOutcome.Reason.TIMEOUT);
        LookupOutcome meanwhile = service.lookUp(an, GatewayCaller.BACKGROUND, t -> { });
        assertThat(((LookupOutcome.NoAnswer) meanwhile).detail()).as("not asked twice while the first waits")
                .contains("still waiting");

        java.util.concurrent.atomic.AtomicReference<LookupOutcome> last = new java.util.concurrent.atomic.AtomicReference<>();
        vn.tiepdon.core.testing.Conditions.await("the late answer kept", Duration.ofSeconds(30), () -> {
            last.set(service.lookUp(an, GatewayCaller.BACKGROUND, t -> { }));
            return last.get() instanceof LookupOutcome.Answered;
        });
        LookupOutcome retry = last.get();
        assertThat(retry.resultCode()).contains("000");
        assertThat(retry.attempts()).as("the late answer, reused").isZero();
        assertThat(sim.lookupRequests()).isEqualTo(1);
    }
}
