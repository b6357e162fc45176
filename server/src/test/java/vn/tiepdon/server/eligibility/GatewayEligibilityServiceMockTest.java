package vn.tiepdon.server.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.eligibility.GatewayCard;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.identity.PartialDate;

/** The client's handling of what a real gateway may send, against MockWebServer. */
class GatewayEligibilityServiceMockTest {

    private static final String PASSWORD = "123456";
    private static final String PASSWORD_MD5 = "e10adc3949ba59abbe56e057f20f883e";
    private static final String STAFF_CCCD = "001190012345";
    private static final LookupRequest AN = new LookupRequest("001085012345", Optional.of("Nguyễn Văn An"),
            Optional.of(PartialDate.parseIso("1985-03-05")));

    private final ScriptedGateway gateway = new ScriptedGateway();
    private final MockWebServer server = new MockWebServer();
    private TestLogging logs;

    @BeforeEach
    void start() throws IOException {
        logs = TestLogging.capture();
        server.setDispatcher(gateway);
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
        logs.close();
    }

    private GatewayEligibilityService service(Duration budget) {
        GatewayCredentials credentials = new GatewayCredentials(server.url("/").toString(), "01013_BV", PASSWORD,
                false, "Trần Thị Bích", STAFF_CCCD);
        return GatewayEligibilityService.create(credentials, budget, Clock.systemUTC());
    }

    private GatewayEligibilityService service() {
        return service(Duration.ofSeconds(5));
    }

    private static LookupOutcome.Answered answered(LookupOutcome outcome) {
        assertThat(outcome).isInstanceOf(LookupOutcome.Answered.class);
        return (LookupOutcome.Answered) outcome;
    }

    private static LookupOutcome.NoAnswer noAnswer(LookupOutcome outcome) {
        assertThat(outcome).isInstanceOf(LookupOutcome.NoAnswer.class);
        return (LookupOutcome.NoAnswer) outcome;
    }

    @Test
    void cachesTheTokenAcrossLookups() {
        gateway.lookup(ScriptedGateway.eligible(), ScriptedGateway.eligible(), ScriptedGateway.eligible());
        GatewayEligibilityService service = service();

        for (int i = 0; i < 3; i++) {
            assertThat(service.lookUp(AN).resultCode()).contains("000");
        }

        assertThat(gateway.tokenRequests).hasSize(1);
        assertThat(gateway.lookupRequests).hasSize(3);
    }

    @Test
    void sendsTheLoginAndTheLookupTheWayTheGatewayExpects() throws IOException {
        gateway.lookup(ScriptedGateway.eligible());

        service().lookUp(AN);

        ObjectMapper mapper = new ObjectMapper();
        JsonNode login = mapper.readTree(gateway.tokenRequests.get(0).getBody().readUtf8());
        assertThat(login.get("username").asText()).isEqualTo("01013_BV");
        assertThat(login.get("password").asText()).isEqualTo(PASSWORD_MD5);

        RecordedRequest lookup = gateway.lookupRequests.get(0);
        HttpUrl url = lookup.getRequestUrl();
        assertThat(lookup.getMethod()).isEqualTo("POST");
        assertThat(url.queryParameter("token")).isEqualTo(ScriptedGateway.ACCESS_TOKEN);
        assertThat(url.queryParameter("id_token")).isEqualTo(ScriptedGateway.ID_TOKEN);
        assertThat(url.queryParameter("username")).isEqualTo("01013_BV");
        assertThat(url.queryParameter("password")).isEqualTo(PASSWORD_MD5);
        assertThat(lookup.getHeader("Content-Type")).isEqualToIgnoringCase("application/json; charset=utf-8");
        JsonNode body = mapper.readTree(new String(lookup.getBody().readByteArray(), StandardCharsets.UTF_8));
        assertThat(body.get("maThe").asText()).isEqualTo("001085012345");
        assertThat(body.get("hoTen").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(body.get("ngaySinh").asText()).isEqualTo("05/03/1985");
        assertThat(body.get("hoTenCb").asText()).isEqualTo("Trần Thị Bích");
        assertThat(body.get("cccdCb").asText()).isEqualTo(STAFF_CCCD);
    }

    @Test
    void sendsEmptyNameAndBirthDateWhenOnlyTheNumberIsKnown() throws IOException {
        gateway.lookup(ScriptedGateway.eligible());

        service().lookUp(new LookupRequest(" hc4010185012345 ", Optional.empty(), Optional.empty()));

        JsonNode body = new ObjectMapper().readTree(gateway.lookupRequests.get(0).getBody().readUtf8());
        assertThat(body.get("maThe").asText()).isEqualTo("HC4010185012345");
        assertThat(body.get("hoTen").asText()).isEmpty();
        assertThat(body.get("ngaySinh").asText()).isEmpty();
    }

    @Test
    void httpUnauthorizedLogsInAgainOnce() {
        gateway.lookup(new MockResponse().setResponseCode(401).setBody("{\"maKetQua\":\"401\"}"),
                ScriptedGateway.eligible());

        LookupOutcome outcome = service().lookUp(AN);

        assertThat(answered(outcome).code()).isEqualTo("000");
        assertThat(outcome.attempts()).isEqualTo(1);
        assertThat(gateway.tokenRequests).hasSize(2);
        assertThat(gateway.lookupRequests).hasSize(2);
    }

    @Test
    void resultCode401LogsInAgainOnce() {
        gateway.lookup(ScriptedGateway.code("401"), ScriptedGateway.eligible());

        LookupOutcome outcome = service().lookUp(AN);

        assertThat(answered(outcome).code()).isEqualTo("000");
        assertThat(gateway.tokenRequests).hasSize(2);
    }

    @Test
    void refusedAfterTheReloginIsASetupError() {
        gateway.lookup(new MockResponse().setResponseCode(401), new MockResponse().setResponseCode(401));

        LookupOutcome.Answered a = answered(service().lookUp(AN));

        assertThat(a.code()).isEqualTo("401");
        assertThat(a.lookupClass()).isEqualTo(LookupClass.SETUP_ERROR);
        assertThat(gateway.tokenRequests).hasSize(2);
        assertThat(gateway.lookupRequests).hasSize(2);
    }

    @Test
    void forbiddenIsTreatedAsARefusedToken() {
        gateway.lookup(new MockResponse().setResponseCode(403), new MockResponse().setResponseCode(403));

        LookupOutcome.Answered a = answered(service().lookUp(AN));

        assertThat(a.code()).isEqualTo("401");
        assertThat(a.staffMessage()).contains("IP");
        assertThat(gateway.tokenRequests).hasSize(2);
    }

    @Test
    void htmlBadGatewayPageIsABadResponseTriedTwice() {
        MockResponse page = new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                .setBody("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
        gateway.lookup(page, page.clone());

        LookupOutcome.NoAnswer none = noAnswer(service().lookUp(AN));

        assertThat(none.reason()).isEqualTo(LookupOutcome.Reason.BAD_RESPONSE);
        assertThat(none.detail()).contains("HTTP 502").contains("HTML");
        assertThat(none.attempts()).isEqualTo(2);
        assertThat(none.staffMessage()).startsWith("Cổng BHXH trả về dữ liệu không đọc được (HTTP 502");
    }

    @Test
    void malformedJsonIsABadResponse() {
        gateway.lookup(ScriptedGateway.json("{\"maKetQua\":\"000\",\"ghiChu\":\"Thẻ còn"));

        LookupOutcome.NoAnswer none = noAnswer(service().lookUp(AN));

        assertThat(none.reason()).isEqualTo(LookupOutcome.Reason.BAD_RESPONSE);
        assertThat(none.attempts()).isEqualTo(1);
    }

    @Test
    void byteOrderMarkIsSkipped() {
        gateway.lookup(ScriptedGateway.json("\uFEFF{\"maKetQua\":\"000\",\"maThe\":\"HC4010185012345\"}"));

        LookupOutcome.Answered a = answered(service().lookUp(AN));

        assertThat(a.code()).isEqualTo("000");
        assertThat(a.card().flatMap(GatewayCard::cardNumber)).contains("HC4010185012345");
    }

    @Test
    void numericResultCodeIsRead() {
        gateway.lookup(ScriptedGateway.json("{\"maKetQua\":0,\"maThe\":\"HC4010185012345\"}"),
                ScriptedGateway.json("{\"maKetQua\":10}"));
        GatewayEligibilityService service = service();

        LookupOutcome.Answered eligible = answered(service.lookUp(AN));
        LookupOutcome.Answered expired = answered(service.lookUp(AN));

        assertThat(eligible.code()).isEqualTo("000");
        assertThat(eligible.lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
        assertThat(expired.code()).isEqualTo("010");
        assertThat(expired.lookupClass()).isEqualTo(LookupClass.NOT_ELIGIBLE);
    }

    @Test
    void missingFieldsGiveAnEmptyCard() {
        gateway.lookup(ScriptedGateway.json("{\"maKetQua\":\"050\"}"));

        LookupOutcome.Answered a = answered(service().lookUp(AN));

        assertThat(a.code()).isEqualTo("050");
        assertThat(a.card()).isEmpty();
    }

    @Test
    void sameCardInMaTheMoiIsNoNewCard() {
        gateway.lookup(ScriptedGateway.eligible());

        LookupOutcome.Answered a = answered(service().lookUp(AN));

        assertThat(a.card().orElseThrow().newCard()).isEmpty();
        assertThat(a.card().orElseThrow().fiveYearDate()).isEmpty();
        assertThat(a.card().orElseThrow().validTo()).contains("31/12/2030");
    }

    @Test
    void tokenAnswerWithoutApiKeyIsALoginFailure() {
        gateway.tokenAnswers.add(ScriptedGateway.json("{\"maKetQua\":\"200\"}"));

        LookupOutcome.NoAnswer none = noAnswer(service().lookUp(AN));

        assertThat(none.reason()).isEqualTo(LookupOutcome.Reason.LOGIN_FAILED);
        assertThat(none.detail()).contains("APIKey");
        assertThat(gateway.lookupRequests).isEmpty();
    }

    @Test
    void refusedLoginIsALoginFailure() {
        gateway.tokenAnswers.add(ScriptedGateway.json("{\"maKetQua\":\"401\"}"));

        LookupOutcome.NoAnswer none = noAnswer(service().lookUp(AN));

        assertThat(none.reason()).isEqualTo(LookupOutcome.Reason.LOGIN_FAILED);
        assertThat(none.staffMessage()).contains("quản trị viên");
    }

    @Test
    void retriesOnceAfter101ThenAnswers() {
        gateway.lookup(ScriptedGateway.code("101"), ScriptedGateway.eligible());

        LookupOutcome.Answered a = answered(service().lookUp(AN));

        assertThat(a.code()).isEqualTo("000");
        assertThat(a.attempts()).isEqualTo(2);
        assertThat(gateway.tokenRequests).hasSize(1);
    }

    @Test
    void retriesOnlyOnce() {
        gateway.lookup(ScriptedGateway.code("500"), ScriptedGateway.code("500"), ScriptedGateway.eligible());

        LookupOutcome.Answered a = answered(service().lookUp(AN));

        assertThat(a.code()).isEqualTo("500");
        assertThat(a.lookupClass()).isEqualTo(LookupClass.GATEWAY_ERROR);
        assertThat(a.attempts()).isEqualTo(2);
        assertThat(gateway.lookupRequests).hasSize(2);
    }

    @Test
    void doesNotRetryAnAnswerAboutTheCard() {
        gateway.lookup(ScriptedGateway.code("070"), ScriptedGateway.eligible());

        LookupOutcome.Answered a = answered(service().lookUp(AN));

        assertThat(a.code()).isEqualTo("070");
        assertThat(a.attempts()).isEqualTo(1);
    }

    @Test
    void unknownCodeKeepsTheRawCode() {
        gateway.lookup(ScriptedGateway.code("9999"));

        LookupOutcome.Answered a = answered(service().lookUp(AN));

        assertThat(a.code()).isEqualTo("9999");
        assertThat(a.lookupClass()).isEqualTo(LookupClass.GATEWAY_ERROR);
    }

    @Test
    void shortLivedTokenIsTakenAgainForEachLookup() {
        gateway.tokenAnswers.add(ScriptedGateway.token("\"30\""));
        gateway.tokenAnswers.add(ScriptedGateway.token("\"30\""));
        gateway.lookup(ScriptedGateway.eligible(), ScriptedGateway.eligible());
        GatewayEligibilityService service = service();

        service.lookUp(AN);
        service.lookUp(AN);

        assertThat(gateway.tokenRequests).hasSize(2);
    }

    @Test
    void blankCardKeyIsNotSent() {
        LookupOutcome.NoAnswer none = noAnswer(service().lookUp(new LookupRequest("  ", Optional.empty(),
                Optional.empty())));

        assertThat(none.reason()).isEqualTo(LookupOutcome.Reason.NOT_SENT);
        assertThat(none.attempts()).isZero();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void slowGatewayGivesNoAnswerWithinTheBudget() {
        gateway.lookup(ScriptedGateway.eligible().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        long start = System.nanoTime();

        LookupOutcome.NoAnswer none = noAnswer(service(Duration.ofSeconds(1)).lookUp(AN));

        assertThat(none.reason()).isEqualTo(LookupOutcome.Reason.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void slowBodyThatEndsWithinTheBudgetIsRead() {
        gateway.lookup(ScriptedGateway.eligible().throttleBody(128, 50, java.util.concurrent.TimeUnit.MILLISECONDS));

        LookupOutcome.Answered answer = answered(service(Duration.ofSeconds(4)).lookUp(AN));

        assertThat(answer.code()).isEqualTo("000");
        assertThat(answer.card().flatMap(GatewayCard::fullName)).contains("Nguyễn Văn An");
    }

    @Test
    void bodyTooSlowForTheBudgetGivesNoAnswerWithinIt() {
        gateway.lookup(ScriptedGateway.eligible().throttleBody(8, 1, java.util.concurrent.TimeUnit.SECONDS));
        long start = System.nanoTime();

        LookupOutcome.NoAnswer none = noAnswer(service(Duration.ofSeconds(1)).lookUp(AN));

        assertThat(none.reason()).isEqualTo(LookupOutcome.Reason.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void connectionResetIsRetried() {
        gateway.lookup(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST),
                ScriptedGateway.eligible());

        LookupOutcome.Answered answer = answered(service().lookUp(AN));

        assertThat(answer.code()).isEqualTo("000");
        assertThat(gateway.lookupRequests).as("the reset request and the one that was answered").hasSize(2);
    }

    @Test
    void connectionResetTwiceIsUnreachable() {
        gateway.lookup(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST),
                new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY)
                        .setBody("{\"maKetQua\":\"000\",\"ghiChu\":\"" + "x".repeat(4000) + "\"}"));

        LookupOutcome.NoAnswer none = noAnswer(service().lookUp(AN));

        assertThat(none.reason()).isIn(LookupOutcome.Reason.UNREACHABLE, LookupOutcome.Reason.BAD_RESPONSE);
        assertThat(none.attempts()).isEqualTo(2);
    }

    @Test
    void slowDnsStillGivesNoAnswerWithinTheBudget() {
        Dns slowDns = host -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new UnknownHostException("slow resolver");
        };
        GatewayCredentials credentials = new GatewayCredentials("http://gateway.invalid", "01013_BV", PASSWORD,
                false, "Trần Thị Bích", STAFF_CCCD);
        BhxhGatewayClient client = new BhxhGatewayClient(new OkHttpClient.Builder().dns(slowDns).build(),
                credentials, Clock.systemUTC());
        GatewayEligibilityService service = new GatewayEligibilityService(client, Duration.ofSeconds(1),
                Clock.systemUTC());
        long start = System.nanoTime();

        LookupOutcome.NoAnswer none = noAnswer(service.lookUp(AN));

        assertThat(none.reason()).isEqualTo(LookupOutcome.Reason.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void logsNeverShowCredentialsTokensOrPersonalData() {
        gateway.lookup(new MockResponse().setResponseCode(401), ScriptedGateway.eligible(),
                ScriptedGateway.code("101"), ScriptedGateway.code("101"),
                ScriptedGateway.json("not json at all"));
        GatewayEligibilityService service = service();

        service.lookUp(AN);
        service.lookUp(AN);
        service.lookUp(AN);

        String text = logs.text();
        assertThat(text).contains("0010*****345")
                .doesNotContain("001085012345")
                .doesNotContain("Nguyễn").doesNotContain("05/03/1985")
                .doesNotContain(PASSWORD_MD5).doesNotContain(PASSWORD)
                .doesNotContain(ScriptedGateway.ACCESS_TOKEN).doesNotContain(ScriptedGateway.ID_TOKEN)
                .doesNotContain(STAFF_CCCD).doesNotContain("Trần Thị Bích");
    }

    @Test
    void exceptionDetailCarriesNoUrlOrNumbers() {
        String detail = BhxhGatewayClient.describe(new IOException(
                "unexpected end of stream on http://127.0.0.1:1/api/egw/KQNhanLichSuKCB2024?token=abc&password="
                        + PASSWORD_MD5 + " for 001085012345"));

        assertThat(detail).startsWith("IOException: ").doesNotContain("token=").doesNotContain(PASSWORD_MD5)
                .doesNotContain("001085012345");
    }
}
