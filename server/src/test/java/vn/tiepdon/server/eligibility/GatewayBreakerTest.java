package vn.tiepdon.server.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.core.identity.PartialDate;
import vn.tiepdon.core.testing.MutableClock;

/** The circuit breaker in front of the gateway, and the tries each lookup reports. */
class GatewayBreakerTest {

    private static final LookupRequest AN = new LookupRequest("001085012345", Optional.of("Nguyễn Văn An"),
            Optional.of(PartialDate.parseIso("1985-03-05")));
    private static final MockResponse BAD_GATEWAY = new MockResponse().setResponseCode(502)
            .setHeader("Content-Type", "text/html").setBody("<html><body>502 Bad Gateway</body></html>");

    private final ScriptedGateway gateway = new ScriptedGateway();
    private final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private GatewayEligibilityService service;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(gateway);
        server.start();
        GatewayCredentials credentials = new GatewayCredentials(server.url("/").toString(), "01013_BV", "123456",
                false, "Trần Thị Bích", "001190012345");
        BhxhGatewayClient client = new BhxhGatewayClient(new OkHttpClient(), credentials, clock);
        service = new GatewayEligibilityService(client, Duration.ofSeconds(4),
                new GatewayBreaker(new GatewayBreaker.Settings(3, Duration.ofSeconds(30)), clock), clock);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private static MockResponse[] badGateway(int n) {
        MockResponse[] out = new MockResponse[n];
        for (int i = 0; i < n; i++) {
            out[i] = BAD_GATEWAY.clone();
        }
        return out;
    }

    private void openTheBreaker() {
        gateway.lookup(badGateway(6));
        service.lookUp(AN);
        service.lookUp(AN);
        service.lookUp(AN);
        assertThat(service.breaker().state()).isEqualTo(GatewayBreaker.State.OPEN);
    }

    @Test
    void opensAfterFailedLookupsInARowNotTriesAndStopsSendingAtOnce() {
        gateway.lookup(badGateway(6));

        LookupOutcome first = service.lookUp(AN);
        LookupOutcome second = service.lookUp(AN);
        assertThat(service.breaker().state()).as("two failed lookups of four tries do not open it")
                .isEqualTo(GatewayBreaker.State.CLOSED);
        LookupOutcome third = service.lookUp(AN);
        int sent = gateway.lookupRequests.size();
        LookupOutcome fourth = service.lookUp(AN);

        assertThat(first.attempts()).isEqualTo(2);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(third.attempts()).isEqualTo(2);
        assertThat(sent).isEqualTo(6);
        assertThat(fourth).isInstanceOf(LookupOutcome.NoAnswer.class);
        LookupOutcome.NoAnswer none = (LookupOutcome.NoAnswer) fourth;
        assertThat(none.reason()).isEqualTo(LookupOutcome.Reason.NOT_SENT);
        assertThat(none.attempts()).isZero();
        assertThat(none.staffMessage()).contains("circuit breaker open");
        assertThat(gateway.lookupRequests).hasSize(6);
    }

    @Test
    void letsOneProbeThroughAfterTheWaitAndClosesWhenItIsAnswered() {
        openTheBreaker();
        clock.advance(Duration.ofSeconds(29));
        assertThat(service.lookUp(AN).attempts()).isZero();

        clock.advance(Duration.ofSeconds(2));
        gateway.lookup(ScriptedGateway.eligible());
        LookupOutcome probe = service.lookUp(AN);

        assertThat(probe.lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
        assertThat(service.breaker().state()).isEqualTo(GatewayBreaker.State.CLOSED);
    }

    @Test
    void aFailedProbeOpensItAgain() {
        openTheBreaker();
        clock.advance(Duration.ofSeconds(31));
        gateway.lookup(BAD_GATEWAY.clone(), ScriptedGateway.eligible());

        LookupOutcome probe = service.lookUp(AN);

        assertThat(probe.attempts()).as("a probe is one request").isEqualTo(1);
        assertThat(service.breaker().state()).isEqualTo(GatewayBreaker.State.OPEN);
        assertThat(service.lookUp(AN).attempts()).isZero();
    }

    @Test
    void answersAboutTheCardOrAccountDoNotOpenIt() {
        for (int i = 0; i < 5; i++) {
            gateway.lookup(ScriptedGateway.code(i % 2 == 0 ? "010" : "054"));
            service.lookUp(AN);
        }

        assertThat(service.breaker().state()).isEqualTo(GatewayBreaker.State.CLOSED);
        assertThat(gateway.lookupRequests).hasSize(5);
    }

    @Test
    void serverErrorCodesCountAsFailures() {
        gateway.lookup(ScriptedGateway.code("101"), ScriptedGateway.code("500"), ScriptedGateway.code("100"),
                ScriptedGateway.code("101"), ScriptedGateway.code("500"), ScriptedGateway.code("100"));

        service.lookUp(AN);
        service.lookUp(AN);
        service.lookUp(AN);

        assertThat(service.breaker().state()).isEqualTo(GatewayBreaker.State.OPEN);
    }

    @Test
    void reportsEachTryForTheLookupLog() {
        gateway.lookup(BAD_GATEWAY, ScriptedGateway.eligible());
        List<GatewayTry> tries = new ArrayList<>();

        LookupOutcome outcome = service.lookUp(AN, GatewayCaller.KIOSK, tries::add);

        assertThat(outcome.attempts()).isEqualTo(2);
        assertThat(tries).extracting(GatewayTry::number).containsExactly(1, 2);
        assertThat(tries.get(0).outcome()).isEqualTo(OutcomeKind.NO_ANSWER_BAD_RESPONSE);
        assertThat(tries.get(0).lookupClass()).isEqualTo(LookupClass.GATEWAY_ERROR);
        assertThat(tries.get(1).outcome()).isEqualTo(OutcomeKind.ANSWERED);
        assertThat(tries.get(1).code()).contains("000");
    }

    @Test
    void aLookupNotSentReportsNoTry() {
        openTheBreaker();
        List<GatewayTry> tries = new ArrayList<>();

        service.lookUp(AN, GatewayCaller.KIOSK, tries::add);

        assertThat(tries).isEmpty();
    }
}
