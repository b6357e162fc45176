package vn.tiepdon.server.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.bhxhsim.BhxhSimulator;
import vn.tiepdon.bhxhsim.DemoPopulation;
import vn.tiepdon.bhxhsim.SimPerson;
import vn.tiepdon.bhxhsim.SimSettings;
import vn.tiepdon.core.eligibility.GatewayCard;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.identity.PartialDate;
import vn.tiepdon.core.testing.MutableClock;

/** The service against bhxh-sim over real HTTP. */
class GatewayEligibilityServiceSimTest {

    private final TestLogging logs = TestLogging.capture();
    private BhxhSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
        logs.close();
    }

    private GatewayEligibilityService service(Clock clock, Duration budget) {
        sim = new BhxhSimulator(SimSettings.demo(), DemoPopulation.create(), clock).start(0);
        return GatewayEligibilityService.create(credentials(sim.baseUrl(), SimSettings.DEMO_STAFF_CCCD), budget,
                clock);
    }

    private static GatewayCredentials credentials(String url, String staffCccd) {
        return new GatewayCredentials(url, SimSettings.DEMO_USERNAME, SimSettings.DEMO_PASSWORD, false,
                SimSettings.DEMO_STAFF_NAME, staffCccd);
    }

    private static LookupRequest full(SimPerson p) {
        return new LookupRequest(p.cccd(), Optional.of(p.fullName()), Optional.of(p.dateOfBirth()));
    }

    private static LookupOutcome.Answered answered(LookupOutcome outcome) {
        assertThat(outcome).isInstanceOf(LookupOutcome.Answered.class);
        return (LookupOutcome.Answered) outcome;
    }

    @Test
    void eligiblePatientByCccdIsAnswered000WithTheCard() {
        GatewayEligibilityService service = service(Clock.systemUTC(), Duration.ofSeconds(5));

        LookupOutcome.Answered a = answered(service.lookUp(full(DemoPopulation.ELIGIBLE_BY_CCCD)));

        assertThat(a.code()).isEqualTo("000");
        assertThat(a.lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
        assertThat(a.patientMessage()).isEqualTo("Thẻ BHYT hợp lệ. Vui lòng chờ gọi số.");
        assertThat(a.attempts()).isEqualTo(1);
        GatewayCard card = a.card().orElseThrow();
        assertThat(card.cardNumber()).contains("HC4010185012345");
        assertThat(card.fullName()).contains("Nguyễn Văn An");
        assertThat(card.dateOfBirth()).contains("05/03/1985");
        assertThat(card.sex()).contains("Nam");
        assertThat(card.registeredFacility()).contains("01013");
        assertThat(card.validTo()).contains("31/12/2030");
        assertThat(card.socialInsuranceNumber()).contains("0185012345");
        assertThat(card.newCard()).isEmpty();
    }

    @Test
    void eligiblePatientByCardNumberAloneIsAnswered000() {
        GatewayEligibilityService service = service(Clock.systemUTC(), Duration.ofSeconds(5));

        LookupOutcome outcome = service.lookUp(new LookupRequest(DemoPopulation.ELIGIBLE_BY_CARD.cardNumber(),
                Optional.empty(), Optional.empty()));

        assertThat(answered(outcome).code()).isEqualTo("000");
        assertThat(answered(outcome).card().flatMap(GatewayCard::fullName)).contains("Trần Thị Bình");
    }

    @Test
    void yearOnlyBirthIsSentAsTheYear() {
        GatewayEligibilityService service = service(Clock.systemUTC(), Duration.ofSeconds(5));

        LookupOutcome outcome = service.lookUp(new LookupRequest("HT3010150003210", Optional.of("Lê Thị Cúc"),
                Optional.of(PartialDate.yearOnly(1950))));

        assertThat(answered(outcome).code()).isEqualTo("000");
        assertThat(answered(outcome).card().flatMap(GatewayCard::dateOfBirth)).contains("1950");
    }

    @Test
    void expiredCardIsNotEligible() {
        GatewayEligibilityService service = service(Clock.systemUTC(), Duration.ofSeconds(5));

        LookupOutcome.Answered a = answered(service.lookUp(full(DemoPopulation.EXPIRED_CARD)));

        assertThat(a.code()).isEqualTo("010");
        assertThat(a.lookupClass()).isEqualTo(LookupClass.NOT_ELIGIBLE);
        assertThat(a.patientMessage()).isEqualTo("Thẻ BHYT đã hết hạn. Vui lòng đến quầy tiếp đón.");
    }

    @Test
    void wrongNameIs060OrWith061TheSameFirstLetter() {
        GatewayEligibilityService service = service(Clock.systemUTC(), Duration.ofSeconds(5));
        String cccd = DemoPopulation.ELIGIBLE_BY_CCCD.cccd();

        LookupOutcome.Answered other = answered(service.lookUp(
                new LookupRequest(cccd, Optional.of("Trần Văn An"), Optional.empty())));
        LookupOutcome.Answered unaccented = answered(service.lookUp(
                new LookupRequest(cccd, Optional.of("Nguyen Van An"), Optional.empty())));

        assertThat(other.code()).isEqualTo("060");
        assertThat(unaccented.code()).isEqualTo("061");
        assertThat(other.lookupClass()).isEqualTo(LookupClass.FIXABLE_DATA_ERROR);
        assertThat(unaccented.lookupClass()).isEqualTo(LookupClass.FIXABLE_DATA_ERROR);
    }

    @Test
    void wrongBirthDateIs070() {
        GatewayEligibilityService service = service(Clock.systemUTC(), Duration.ofSeconds(5));

        LookupOutcome.Answered a = answered(service.lookUp(new LookupRequest("001085012345",
                Optional.of("Nguyễn Văn An"), Optional.of(PartialDate.parseIso("1985-03-06")))));

        assertThat(a.code()).isEqualTo("070");
        assertThat(a.staffMessage()).startsWith("Mã 070: sai ngày sinh");
    }

    @Test
    void oldCardWithANewCardCarriesTheNewCard() {
        GatewayEligibilityService service = service(Clock.systemUTC(), Duration.ofSeconds(5));

        LookupOutcome.Answered a = answered(service.lookUp(full(DemoPopulation.OLD_CARD_EXPIRED_NEW_CARD)));

        assertThat(a.code()).isEqualTo("003");
        assertThat(a.lookupClass()).isEqualTo(LookupClass.ELIGIBLE_WITH_WARNING);
        GatewayCard.NewCard newCard = a.card().flatMap(GatewayCard::newCard).orElseThrow();
        assertThat(newCard.cardNumber()).isEqualTo("HC4790178004455");
        assertThat(newCard.validFrom()).contains("01/01/2025");
        assertThat(newCard.validTo()).contains("31/12/2030");
        assertThat(newCard.registeredFacility()).contains("79024");
        assertThat(newCard.registeredFacilityName()).contains("Bệnh viện Quận Tân Phú");
    }

    @Test
    void unregisteredStaffCccdIsASetupError() {
        sim = new BhxhSimulator(SimSettings.demo(), DemoPopulation.create(), Clock.systemUTC()).start(0);
        GatewayEligibilityService service = GatewayEligibilityService.create(
                credentials(sim.baseUrl(), "001190099999"), Duration.ofSeconds(5), Clock.systemUTC());

        LookupOutcome.Answered a = answered(service.lookUp(full(DemoPopulation.ELIGIBLE_BY_CCCD)));

        assertThat(a.code()).isEqualTo("054");
        assertThat(a.lookupClass()).isEqualTo(LookupClass.SETUP_ERROR);
    }

    @Test
    void wrongPasswordIsALoginFailure() {
        sim = new BhxhSimulator(SimSettings.demo(), DemoPopulation.create(), Clock.systemUTC()).start(0);
        GatewayCredentials wrong = new GatewayCredentials(sim.baseUrl(), SimSettings.DEMO_USERNAME, "wrong", false,
                SimSettings.DEMO_STAFF_NAME, SimSettings.DEMO_STAFF_CCCD);
        GatewayEligibilityService service = GatewayEligibilityService.create(wrong, Duration.ofSeconds(5),
                Clock.systemUTC());

        LookupOutcome outcome = service.lookUp(full(DemoPopulation.ELIGIBLE_BY_CCCD));

        assertThat(outcome).isInstanceOf(LookupOutcome.NoAnswer.class);
        assertThat(((LookupOutcome.NoAnswer) outcome).reason()).isEqualTo(LookupOutcome.Reason.LOGIN_FAILED);
        assertThat(sim.lookupRequests()).isZero();
    }

    @Test
    void hangingGatewayGivesNoAnswerWithinTheBudget() {
        GatewayEligibilityService service = service(Clock.systemUTC(), Duration.ofSeconds(1));
        service.lookUp(full(DemoPopulation.ELIGIBLE_BY_CCCD));
        long start = System.nanoTime();

        LookupOutcome outcome = service.lookUp(full(DemoPopulation.GATEWAY_HANGS));

        assertThat(outcome).isInstanceOf(LookupOutcome.NoAnswer.class);
        LookupOutcome.NoAnswer none = (LookupOutcome.NoAnswer) outcome;
        assertThat(none.reason()).isEqualTo(LookupOutcome.Reason.TIMEOUT);
        assertThat(none.lookupClass()).isEqualTo(LookupClass.GATEWAY_ERROR);
        assertThat(none.patientMessage()).isEqualTo("Chưa kiểm tra được thẻ. Vui lòng đến quầy tiếp đón.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void closedPortIsUnreachableAndTriedTwice() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        GatewayEligibilityService service = GatewayEligibilityService.create(
                credentials("http://127.0.0.1:" + port, SimSettings.DEMO_STAFF_CCCD), Duration.ofSeconds(3),
                Clock.systemUTC());

        LookupOutcome outcome = service.lookUp(full(DemoPopulation.ELIGIBLE_BY_CCCD));

        assertThat(outcome).isInstanceOf(LookupOutcome.NoAnswer.class);
        assertThat(((LookupOutcome.NoAnswer) outcome).reason()).isEqualTo(LookupOutcome.Reason.UNREACHABLE);
        assertThat(outcome.attempts()).isEqualTo(2);
    }

    @Test
    void tokenIsReusedAndRenewedBeforeItExpires() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T03:00:00Z"));
        GatewayEligibilityService service = service(clock, Duration.ofSeconds(5));
        LookupRequest request = full(DemoPopulation.ELIGIBLE_BY_CCCD);

        service.lookUp(request);
        clock.advance(Duration.ofMinutes(8));
        service.lookUp(request);
        assertThat(sim.tokenRequests()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(90));
        LookupOutcome renewed = service.lookUp(request);

        assertThat(sim.tokenRequests()).isEqualTo(2);
        assertThat(renewed.resultCode()).contains("000");
    }

    @Test
    void logsInAgainWhenTheGatewayForgetsTheToken() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T03:00:00Z"));
        GatewayEligibilityService service = service(clock, Duration.ofSeconds(5));
        LookupRequest request = full(DemoPopulation.ELIGIBLE_BY_CCCD);
        service.lookUp(request);
        int port = sim.port();

        sim.close();
        sim = new BhxhSimulator(SimSettings.demo(), DemoPopulation.create(), clock).start(port);
        LookupOutcome outcome = service.lookUp(request);

        assertThat(outcome.resultCode()).contains("000");
        // the pooled connection to the closed simulator fails the first try (OkHttp no longer retries
        // on its own: such a retry is a request the budget does not see); the second try is refused
        // (401), logs in again and is answered: the re-login is part of that second try
        assertThat(outcome.attempts()).isEqualTo(2);
        assertThat(sim.tokenRequests()).isEqualTo(1);
        assertThat(sim.lookupRequests()).isEqualTo(2);
    }
}
