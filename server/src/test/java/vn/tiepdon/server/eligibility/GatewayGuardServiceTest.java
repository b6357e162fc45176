package vn.tiepdon.server.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.core.identity.PartialDate;
import vn.tiepdon.core.testing.MutableClock;

/**
 * The guard in front of a gateway that misbehaves (MockWebServer): what reaches the gateway when
 * lookups fail by the hundred, when the account is restricted, when the same card comes twice, and
 * the proof each request keeps.
 */
class GatewayGuardServiceTest {
    private static final LookupRequest AN = new LookupRequest("079090001234", Optional.of("Nguyễn Văn An"),
            Optional.of(PartialDate.parseIso("1990-08-15")));
    private static final MockResponse BAD_GATEWAY = new MockResponse().setResponseCode(502)
            .setHeader("Content-Type", "text/html").setBody("<html><body>502 Bad Gateway</body></html>");
    private static final String RESTRICTED = "{\"maKetQua\":\"500\",\"ghiChu\":\"Có lỗi xảy ra trong quá trình tra cứu!\"}";
    /** No breaker in the way of the budget tests. */
    private static final GatewayBreaker.Settings LENIENT_BREAKER = new GatewayBreaker.Settings(1000,
            Duration.ofSeconds(30));

    private final ScriptedGateway gateway = new ScriptedGateway();
    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(gateway);
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private GatewayEligibilityService service(GatewayGuard.Settings guard, GatewayBreaker.Settings breaker) {
        GatewayCredentials credentials = new GatewayCredentials(server.url("/").toString(), "01013_BV", "123456",
                false, "Trần Thị Bích", "001190012345");
        BhxhGatewayClient client = new BhxhGatewayClient(new OkHttpClient(), credentials, clock);
        return new GatewayEligibilityService(client, Duration.ofSeconds(4), new GatewayBreaker(breaker, clock),
                new GatewayGuard(guard, clock), clock);
    }

    private static GatewayGuard.Settings quota(int perMinute, int perDay, double share) {
        return new GatewayGuard.Settings(new RequestBudget.Quota(perMinute, perDay, share), Duration.ZERO,
                Duration.ofMinutes(5));
    }

    /** A valid CCCD number of a distinct person for each {@code i} (province 79, born 1990). */
    private static LookupRequest card(int i) {
        return new LookupRequest(String.format("079090%06d", i), Optional.of("Bệnh Nhân " + i),
                Optional.of(PartialDate.parseIso("1990-01-01")));
    }

    private void failing(int n) {
        for (int i = 0; i < n; i++) {
            gateway.lookup(BAD_GATEWAY.clone());
        }
    }

    private static LookupOutcome.NoAnswer noAnswer(LookupOutcome outcome) {
        assertThat(outcome).isInstanceOf(LookupOutcome.NoAnswer.class);
        return (LookupOutcome.NoAnswer) outcome;
    }

    /** Background lookups of cards {@code from..from+count-1}; how many went unsent. */
    private int background(GatewayEligibilityService service, int from, int count) {
        int notSent = 0;
        for (int i = from; i < from + count; i++) {
            List<GatewayTry> tries = new ArrayList<>();
            LookupOutcome o = service.lookUp(card(i), GatewayCaller.BACKGROUND, tries::add);
            if (o.attempts() == 0) {
                LookupOutcome.NoAnswer n = noAnswer(o);
                assertThat(n.reason()).isEqualTo(LookupOutcome.Reason.NOT_SENT);
                assertThat(n.detail()).startsWith("request budget spent for background lookups");
                assertThat(tries).isEmpty();
                notSent++;
            }
        }
        return notSent;
    }

    @Test
    void aRetryStormCannotExceedTheBudget() {
        GatewayEligibilityService service = service(quota(10, 100, 0.5), LENIENT_BREAKER);
        failing(400);

        int notSent = background(service, 0, 200);

        assertThat(gateway.lookupRequests).as("floor(10 * 0.5) in the minute").hasSize(5);
        assertThat(notSent).as("two lookups of two tries, one whose retry was held back").isEqualTo(197);
        assertThat(service.guard().orElseThrow().budget().usage())
                .isEqualTo(new RequestBudget.Usage(5, 5, java.time.LocalDate.of(2026, 11, 22)));

        // a kiosk still gets through: the rest of the minute is kept for patients
        gateway.lookupAnswers.clear();
        gateway.lookup(ScriptedGateway.eligible());
        LookupOutcome kiosk = service.lookUp(AN, GatewayCaller.KIOSK, t -> {
        });
        assertThat(kiosk.lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
        assertThat(gateway.lookupRequests).hasSize(6);
        failing(400);

        clock.advanceSeconds(59);
        assertThat(background(service, 200, 20)).as("59 s later the minute is still spent").isEqualTo(20);
        assertThat(gateway.lookupRequests).hasSize(6);

        clock.advanceSeconds(2);
        background(service, 300, 20);
        assertThat(gateway.lookupRequests).as("61 s later: the window is free again").hasSize(11);
    }

    @Test
    void theBackgroundDayCapHoldsAcrossMinutes() {
        GatewayEligibilityService service = service(quota(10, 100, 0.5), LENIENT_BREAKER);
        failing(400);

        for (int minute = 0; minute < 14; minute++) {
            background(service, minute * 100, 10);
            clock.advanceSeconds(61);
        }

        assertThat(gateway.lookupRequests).as("floor(100 * 0.5) a day").hasSize(50);
        assertThat(service.guard().orElseThrow().budget().usage().today()).isEqualTo(50);

        gateway.lookupAnswers.clear();
        for (int i = 0; i < 5; i++) {
            gateway.lookup(ScriptedGateway.eligible());
        }
        for (int i = 0; i < 5; i++) {
            assertThat(service.lookUp(card(5000 + i), GatewayCaller.KIOSK, t -> {
            }).attempts()).isEqualTo(1);
        }
        assertThat(gateway.lookupRequests).hasSize(55);
    }

    @Test
    void lookupsNotSentWhileTheBreakerIsOpenSpendNoBudget() {
        GatewayEligibilityService service = service(quota(10, 100, 0.5), new GatewayBreaker.Settings(1,
                Duration.ofSeconds(30)));
        failing(2);
        service.lookUp(card(1), GatewayCaller.KIOSK, t -> {
        });
        assertThat(service.breaker().state()).isEqualTo(GatewayBreaker.State.OPEN);
        assertThat(service.guard().orElseThrow().budget().usage().thisMinute()).isEqualTo(2);

        for (int i = 0; i < 20; i++) {
            LookupOutcome o = service.lookUp(card(100 + i), GatewayCaller.KIOSK, t -> {
            });
            assertThat(noAnswer(o).detail()).isEqualTo(GatewayEligibilityService.BREAKER_OPEN);
        }

        assertThat(gateway.lookupRequests).hasSize(2);
        assertThat(service.guard().orElseThrow().budget().usage().thisMinute())
                .as("nothing was sent, so nothing was spent").isEqualTo(2);
        assertThat(service.guard().orElseThrow().budget().usage().today()).isEqualTo(2);
    }

    @Test
    void theBreakersProbeIsOneRequestAndOneFromTheBudget() {
        GatewayEligibilityService service = service(quota(100, 1000, 0.5), new GatewayBreaker.Settings(2,
                Duration.ofSeconds(30)));
        failing(10);
        service.lookUp(card(1), GatewayCaller.KIOSK, t -> {
        });
        service.lookUp(card(2), GatewayCaller.KIOSK, t -> {
        });
        assertThat(service.breaker().state()).isEqualTo(GatewayBreaker.State.OPEN);
        assertThat(gateway.lookupRequests).hasSize(4);
        clock.advanceSeconds(31);

        List<GatewayTry> tries = new ArrayList<>();
        LookupOutcome probe = service.lookUp(card(3), GatewayCaller.KIOSK, tries::add);

        assertThat(probe.attempts()).isEqualTo(1);
        assertThat(tries).hasSize(1);
        assertThat(gateway.lookupRequests).hasSize(5);
        assertThat(service.guard().orElseThrow().budget().usage().today()).isEqualTo(5);
        assertThat(service.breaker().state()).isEqualTo(GatewayBreaker.State.OPEN);
    }

    @Test
    void theSameCardTwiceWithinFifteenMinutesIsOneRequest() {
        GatewayEligibilityService service = service(GatewayGuard.Settings.defaults(), LENIENT_BREAKER);
        gateway.lookup(ScriptedGateway.eligible(), ScriptedGateway.eligible());

        LookupOutcome first = service.lookUp(AN);
        clock.advance(Duration.ofMinutes(14));
        List<GatewayTry> tries = new ArrayList<>();
        LookupOutcome second = service.lookUp(AN, GatewayCaller.KIOSK, tries::add);

        assertThat(gateway.lookupRequests).hasSize(1);
        assertThat(second.resultCode()).contains("000");
        assertThat(second.answeredName()).contains("Nguyễn Văn An");
        assertThat(second.attempts()).as("nothing sent").isZero();
        assertThat(tries).isEmpty();
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(service.guard().orElseThrow().budget().usage().today()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        LookupOutcome third = service.lookUp(AN);

        assertThat(gateway.lookupRequests).as("15 min after the answer").hasSize(2);
        assertThat(third.attempts()).isEqualTo(1);
    }

    @Test
    void aGatewayErrorIsNotReused() {
        GatewayEligibilityService service = service(GatewayGuard.Settings.defaults(), LENIENT_BREAKER);
        gateway.lookup(ScriptedGateway.code("500"), ScriptedGateway.code("500"), ScriptedGateway.eligible());

        service.lookUp(AN);
        LookupOutcome again = service.lookUp(AN);

        assertThat(gateway.lookupRequests).hasSize(3);
        assertThat(again.lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
    }

    @Test
    void aNewbornsTemporaryCardIsNeverSent() {
        GatewayEligibilityService service = service(GatewayGuard.Settings.defaults(), LENIENT_BREAKER);
        List<GatewayTry> tries = new ArrayList<>();

        LookupOutcome outcome = service.lookUp(new LookupRequest("TE1790123456789", Optional.of("Con Bà Lan"),
                Optional.of(PartialDate.parseIso("2026-11-20")), Optional.of("XX000")), GatewayCaller.KIOSK, tries::add);

        LookupOutcome.NoAnswer n = noAnswer(outcome);
        assertThat(n.reason()).isEqualTo(LookupOutcome.Reason.TEMPORARY_CARD);
        assertThat(n.lookupClass()).isEqualTo(LookupClass.TEMPORARY_CARD);
        assertThat(n.attempts()).isZero();
        assertThat(n.patientMessage()).contains("giấy chứng sinh");
        assertThat(tries).isEmpty();
        assertThat(gateway.lookupRequests).isEmpty();
        assertThat(gateway.tokenRequests).as("not even a login").isEmpty();
        assertThat(service.guard().orElseThrow().budget().usage().today()).isZero();
    }

    @Test
    void aMalformedNumberIsNeverSent() {
        GatewayEligibilityService service = service(GatewayGuard.Settings.defaults(), LENIENT_BREAKER);

        LookupOutcome outcome = service.lookUp(new LookupRequest("ZZ4010185012345", Optional.empty(),
                Optional.empty()));

        LookupOutcome.NoAnswer n = noAnswer(outcome);
        assertThat(n.reason()).isEqualTo(LookupOutcome.Reason.MALFORMED_NUMBER);
        assertThat(n.detail()).isEqualTo("card number: unknown group code ZZ");
        assertThat(n.lookupClass()).isEqualTo(LookupClass.FIXABLE_DATA_ERROR);
        assertThat(gateway.lookupRequests).isEmpty();
        assertThat(gateway.tokenRequests).isEmpty();
    }

    @Test
    void aRestrictedAccountReplyStopsEveryLaterCallUntilResumed() {
        GatewayEligibilityService service = service(GatewayGuard.Settings.defaults(), LENIENT_BREAKER);
        gateway.lookup(new MockResponse().setResponseCode(500).setHeader("Content-Type", "application/json")
                .setBody(RESTRICTED), ScriptedGateway.eligible(), ScriptedGateway.eligible());

        LookupOutcome first = service.lookUp(card(1));
        assertThat(first.attempts()).as("no retry after the restricted reply").isEqualTo(1);
        assertThat(first.resultCode()).contains("500");
        assertThat(gateway.lookupRequests).hasSize(1);

        for (GatewayCaller caller : GatewayCaller.values()) {
            List<GatewayTry> tries = new ArrayList<>();
            LookupOutcome.NoAnswer n = noAnswer(service.lookUp(card(2), caller, tries::add));
            assertThat(n.reason()).isEqualTo(LookupOutcome.Reason.NOT_SENT);
            assertThat(n.attempts()).isZero();
            assertThat(n.detail()).startsWith("gateway calls stopped since 2026-11-22T01:00:00Z");
            assertThat(n.staffMessage()).contains("stopped");
            assertThat(tries).isEmpty();
        }
        clock.advance(Duration.ofHours(3));
        service.lookUp(card(3));
        assertThat(gateway.lookupRequests).as("nothing more reached the gateway").hasSize(1);

        assertThat(service.guard().orElseThrow().stop().resume("user:admin")).isTrue();
        LookupOutcome after = service.lookUp(card(2));

        assertThat(after.lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
        assertThat(gateway.lookupRequests).hasSize(2);
    }

    @Test
    void aTokenRefusedTwiceAfterFreshLoginsStopsCalls() {
        GatewayEligibilityService service = service(GatewayGuard.Settings.defaults(), LENIENT_BREAKER);
        MockResponse refused = new MockResponse().setResponseCode(401);
        gateway.lookup(refused.clone(), refused.clone(), refused.clone(), refused.clone(), ScriptedGateway.eligible());

        LookupOutcome first = service.lookUp(card(1));
        assertThat(first.resultCode()).contains("401");
        assertThat(gateway.lookupRequests).as("the request, then again after a new login").hasSize(2);
        assertThat(service.guard().orElseThrow().stop().current()).isEmpty();

        service.lookUp(card(2));
        assertThat(gateway.lookupRequests).hasSize(4);
        assertThat(gateway.tokenRequests).hasSize(3);
        assertThat(service.guard().orElseThrow().stop().current()).isPresent();

        LookupOutcome third = service.lookUp(card(3));
        assertThat(noAnswer(third).reason()).isEqualTo(LookupOutcome.Reason.NOT_SENT);
        assertThat(gateway.lookupRequests).hasSize(4);
        assertThat(gateway.tokenRequests).hasSize(3);
    }

    @Test
    void eachTryKeepsExactlyWhatWasSentAndWhatCameBack() throws Exception {
        GatewayEligibilityService service = service(GatewayGuard.Settings.permissive(), LENIENT_BREAKER);
        String systemError = "{\"maKetQua\":\"500\",\"ghiChu\":\"Có lỗi hệ thống, vui lòng thử lại sau\"}";
        gateway.lookup(new MockResponse().setResponseCode(500).setHeader("Content-Type", "application/json")
                .setBody(systemError), BAD_GATEWAY.clone());
        List<GatewayTry> tries = new ArrayList<>();

        LookupOutcome outcome = service.lookUp(new LookupRequest(" 079090001234 ", Optional.of(" Nguyễn Văn An "),
                Optional.of(PartialDate.parseIso("1990-08-15"))), GatewayCaller.DESK, tries::add);

        assertThat(outcome.attempts()).isEqualTo(2);
        assertThat(tries).hasSize(2);
        for (int i = 0; i < 2; i++) {
            RecordedRequest recorded = gateway.lookupRequests.get(i);
            JsonNode body = json.readTree(recorded.getBody().readUtf8());
            SentRequest sent = tries.get(i).sent().orElseThrow();
            assertThat(sent.cardKey()).isEqualTo(body.get("maThe").asText()).isEqualTo("079090001234");
            assertThat(sent.fullName()).isEqualTo(body.get("hoTen").asText()).isEqualTo("Nguyễn Văn An");
            assertThat(sent.birthDate()).isEqualTo(body.get("ngaySinh").asText()).isEqualTo("15/08/1990");
            assertThat(sent.staffName()).isEqualTo(body.get("hoTenCb").asText()).isEqualTo("Trần Thị Bích");
            assertThat(sent.account()).isEqualTo(recorded.getRequestUrl().queryParameter("username"))
                    .isEqualTo("01013_BV");
            assertThat(tries.get(i).caller()).isEqualTo(GatewayCaller.DESK);
        }
        assertThat(tries.get(0).received()).contains(new ReceivedReply(500,
                systemError.getBytes(StandardCharsets.UTF_8).length, Optional.of("Có lỗi hệ thống, vui lòng thử lại sau")));
        assertThat(tries.get(0).outcome()).isEqualTo(OutcomeKind.ANSWERED);
        assertThat(tries.get(0).code()).contains("500");
        assertThat(tries.get(1).received()).contains(new ReceivedReply(502,
                "<html><body>502 Bad Gateway</body></html>".length(), Optional.empty()));
        assertThat(tries.get(1).outcome()).isEqualTo(OutcomeKind.NO_ANSWER_BAD_RESPONSE);
        assertThat(tries.get(0).sent().orElseThrow().toString()).doesNotContain("079090001234", "Nguyễn");
    }

    @Test
    void aRequestThatGotNoResponseKeepsWhatWasSentAndNothingReceivedAndEachTryIsOneRequest() {
        GatewayEligibilityService service = service(quota(100, 1000, 0.5), LENIENT_BREAKER);
        MockResponse reset = new MockResponse().setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_AFTER_REQUEST);
        gateway.lookup(reset.clone(), reset.clone(), reset.clone(), reset.clone(), ScriptedGateway.eligible());
        List<GatewayTry> tries = new ArrayList<>();

        LookupOutcome outcome = service.lookUp(AN, GatewayCaller.KIOSK, tries::add);

        assertThat(tries.get(0).outcome()).isEqualTo(OutcomeKind.NO_ANSWER_UNREACHABLE);
        assertThat(tries.get(0).sent().map(SentRequest::cardKey)).contains("079090001234");
        assertThat(tries.get(0).received()).isEmpty();
        assertThat(gateway.lookupRequests).as("what reached the gateway is what the budget counted")
                .hasSize(outcome.attempts())
                .hasSize(service.guard().orElseThrow().budget().usage().today());
    }
}
