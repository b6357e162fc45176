package vn.tiepdon.server.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.VisitView;
import vn.tiepdon.core.eligibility.GatewayCard;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.identity.PartialDate;

/** The visit history ({@code Lskcb2025}) as the gateway client asks and reads it, against MockWebServer. */
class BhxhGatewayHistoryTest {
    private static final String PASSWORD = "123456";
    private static final String PASSWORD_MD5 = "e10adc3949ba59abbe56e057f20f883e";
    private static final String STAFF_CCCD = "001190012345";
    private static final LookupRequest AN = new LookupRequest("001085012345", Optional.of("Nguyễn Văn An"),
            Optional.of(PartialDate.parseIso("1985-03-05")));
    /** The answer one hospital's test keeps as the real gateway's, cut short. */
    private static final String ONE_VISIT = "{\"maKetQua\":\"000\",\"ghiChu\":null,\"dsLichSuKCB2025\":[{"
            + "\"maHoSo\":\"01929202500001\",\"maCSKCB\":\"01929\",\"ngayVao\":\"202503101030\","
            + "\"ngayRa\":\"202503101430\",\"tenBenh\":\"Viêm dạ dày\",\"tinhTrang\":\"4\",\"kqDieuTri\":\"1\","
            + "\"lyDoVV\":\"1\"}]}";

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

    /** A client whose HTTP settings are the card check's: read timeouts of a 1 s kiosk budget. */
    private BhxhGatewayClient client() {
        GatewayCredentials credentials = new GatewayCredentials(server.url("/").toString(), "01013_BV", PASSWORD,
                false, "Trần Thị Bích", STAFF_CCCD);
        OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(1))
                .readTimeout(Duration.ofSeconds(1)).writeTimeout(Duration.ofSeconds(1))
                .callTimeout(Duration.ofSeconds(1)).build();
        return new BhxhGatewayClient(http, credentials, Clock.systemUTC());
    }

    private static Instant in(Duration d) {
        return Instant.now().plus(d);
    }

    private VisitHistoryResult history(MockResponse... answers) {
        gateway.history(answers);
        return client().history(AN, in(Duration.ofSeconds(10)));
    }

    private static VisitHistoryResult.Answered answered(VisitHistoryResult r) {
        assertThat(r).isInstanceOf(VisitHistoryResult.Answered.class);
        return (VisitHistoryResult.Answered) r;
    }

    private static VisitHistoryResult.Failed failed(VisitHistoryResult r) {
        assertThat(r).isInstanceOf(VisitHistoryResult.Failed.class);
        return (VisitHistoryResult.Failed) r;
    }

    private static Map<String, String> form(RecordedRequest request) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : request.getBody().readUtf8().split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return fields;
    }

    @Test
    void sendsAFormBodyWithTheTokenInTheQueryString() {
        history(ScriptedGateway.json(ONE_VISIT));

        RecordedRequest sent = gateway.historyRequests.get(0);
        HttpUrl url = sent.getRequestUrl();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(url.encodedPath()).isEqualTo("/api/egw/Lskcb2025");
        assertThat(url.queryParameter("token")).isEqualTo(ScriptedGateway.ACCESS_TOKEN);
        assertThat(url.queryParameter("id_token")).isEqualTo(ScriptedGateway.ID_TOKEN);
        assertThat(url.queryParameter("username")).isEqualTo("01013_BV");
        assertThat(url.queryParameter("password")).isEqualTo(PASSWORD_MD5);
        assertThat(sent.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form(sent)).containsExactlyInAnyOrderEntriesOf(Map.of("maThe", "001085012345",
                "hoTen", "Nguyễn Văn An", "ngaySinh", "05/03/1985", "hoTenCb", "Trần Thị Bích",
                "cccdCb", STAFF_CCCD));
        assertThat(gateway.lookupRequests).as("no card check for a history").isEmpty();
    }

    @Test
    void sendsAYearOnlyBirthDateAndAnEmptyNameAsKnown() {
        gateway.history(ScriptedGateway.json(ONE_VISIT));

        client().history(new LookupRequest("HC4010185012345", Optional.empty(),
                Optional.of(PartialDate.yearOnly(1950))), in(Duration.ofSeconds(10)));

        assertThat(form(gateway.historyRequests.get(0))).containsEntry("maThe", "HC4010185012345")
                .containsEntry("hoTen", "").containsEntry("ngaySinh", "1950");
    }

    @Test
    void readsTheVisits() {
        VisitHistoryResult.Answered a = answered(history(ScriptedGateway.json(ONE_VISIT)));

        assertThat(a.code()).isEqualTo("000");
        assertThat(a.visits()).containsExactly(new VisitView(Optional.of("01929202500001"), Optional.of("01929"),
                Optional.of(LocalDateTime.of(2025, 3, 10, 10, 30)), Optional.of(LocalDateTime.of(2025, 3, 10, 14, 30)),
                Optional.of("Viêm dạ dày"), Optional.of("4"), Optional.of("1"), Optional.of("1")));
    }

    @Test
    void readsVisitsWithFieldsMissingOrMalformedAndSkipsWhatIsNoVisit() {
        VisitHistoryResult.Answered a = answered(history(ScriptedGateway.json("{\"maKetQua\":\"000\","
                + "\"dsLichSuKCB2025\":[{\"maCSKCB\":\"79024\",\"ngayVao\":\"2025-06-01 08:00\",\"ngayRa\":null,"
                + "\"tenBenh\":\"  \",\"kqDieuTri\":2,\"extra\":{\"x\":1}},\"not a visit\",42,{},"
                + "{\"maHoSo\":\"X1\",\"ngayVao\":202506021015}]}")));

        assertThat(a.visits()).containsExactly(
                new VisitView(Optional.empty(), Optional.of("79024"), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.of("2"), Optional.empty()),
                new VisitView(Optional.of("X1"), Optional.empty(), Optional.of(LocalDateTime.of(2025, 6, 2, 10, 15)),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void anEmptyHistoryIsAnEmptyListNullOrNoList() {
        for (String body : List.of("{\"maKetQua\":\"000\",\"dsLichSuKCB2025\":[]}",
                "{\"maKetQua\":\"000\",\"ghiChu\":\"\",\"dsLichSuKCB2025\":null}", "{\"maKetQua\":0}",
                "{\"maKetQua\":\"000\",\"dsLichSuKCB2025\":\"none\"}")) {
            VisitHistoryResult.Answered a = answered(history(ScriptedGateway.json(body)));
            assertThat(a.code()).as(body).isEqualTo("000");
            assertThat(a.visits()).as(body).isEmpty();
        }
    }

    @Test
    void anHtmlPageIsABadResponseRetryableWhenTheServerFailed() {
        VisitHistoryResult.Failed f = failed(history(new MockResponse().setResponseCode(502)
                .setHeader("Content-Type", "text/html").setBody("<html><body>Bad Gateway</body></html>")));

        assertThat(f.reason()).isEqualTo(LookupOutcome.Reason.BAD_RESPONSE);
        assertThat(f.detail()).isEqualTo("HTTP 502, HTML page, text/html");
        assertThat(f.retryable()).isTrue();
    }

    @Test
    void anAnswerThatIsNotJsonIsABadResponse() {
        VisitHistoryResult.Failed f = failed(history(new MockResponse().setBody("OK")));
        VisitHistoryResult.Failed noCode = failed(history(ScriptedGateway.json("{\"dsLichSuKCB2025\":[]}")));

        assertThat(f.reason()).isEqualTo(LookupOutcome.Reason.BAD_RESPONSE);
        assertThat(f.detail()).startsWith("HTTP 200, unreadable body");
        assertThat(f.retryable()).isFalse();
        assertThat(noCode.detail()).startsWith("HTTP 200, no maKetQua");
    }

    @Test
    void anyCodeIsAnAnswerNeverAnException() {
        assertThat(answered(history(ScriptedGateway.json("{\"maKetQua\":\"987\",\"ghiChu\":\"Mã mới\"}"))).code())
                .isEqualTo("987");
        assertThat(answered(history(ScriptedGateway.json("{\"maKetQua\":\"070\",\"dsLichSuKCB2025\":null}"))).code())
                .isEqualTo("070");
        assertThat(answered(history(new MockResponse().setResponseCode(500)
                .setBody("{\"maKetQua\":\"500\",\"GhiChu\":\"Có lỗi xảy ra trong quá trình tra cứu!\"}"))).code())
                .isEqualTo("500");
    }

    @Test
    void httpUnauthorizedLogsInAgainOnce() {
        VisitHistoryResult.Answered a = answered(history(new MockResponse().setResponseCode(401),
                ScriptedGateway.json(ONE_VISIT)));

        assertThat(a.visits()).hasSize(1);
        assertThat(gateway.tokenRequests).hasSize(2);
        assertThat(gateway.historyRequests).hasSize(2);
        assertThat(gateway.historyRequests.get(1).getRequestUrl().queryParameter("token"))
                .isEqualTo(ScriptedGateway.ACCESS_TOKEN);
    }

    @Test
    void aRefusalThatSurvivesTheReloginIsCode401() {
        VisitHistoryResult.Answered a = answered(history(ScriptedGateway.json("{\"maKetQua\":\"401\"}"),
                new MockResponse().setResponseCode(403)));

        assertThat(a.code()).isEqualTo("401");
        assertThat(gateway.tokenRequests).hasSize(2);
        assertThat(gateway.historyRequests).hasSize(2);
    }

    @Test
    void aFailedLoginIsNoAnswer() {
        gateway.tokenAnswers.add(ScriptedGateway.json("{\"maKetQua\":\"401\"}"));

        VisitHistoryResult.Failed f = failed(history());

        assertThat(f.reason()).isEqualTo(LookupOutcome.Reason.LOGIN_FAILED);
        assertThat(gateway.historyRequests).isEmpty();
    }

    @Test
    void sharesTheTokenWithTheCardCheck() {
        gateway.lookup(ScriptedGateway.eligible());
        gateway.history(ScriptedGateway.json(ONE_VISIT));
        BhxhGatewayClient client = client();

        client.lookUp(AN, in(Duration.ofSeconds(5)));
        client.history(AN, in(Duration.ofSeconds(10)));

        assertThat(gateway.tokenRequests).hasSize(1);
    }

    @Test
    void waitsLongerThanTheCardChecksReadTimeoutWithinItsDeadline() {
        VisitHistoryResult.Answered a = answered(history(ScriptedGateway.json(ONE_VISIT)
                .setHeadersDelay(2500, TimeUnit.MILLISECONDS)));

        assertThat(a.visits()).hasSize(1);
    }

    @Test
    void noAnswerByTheDeadlineIsATimeout() {
        gateway.history(ScriptedGateway.json(ONE_VISIT).setSocketPolicy(SocketPolicy.NO_RESPONSE));
        long start = System.nanoTime();

        VisitHistoryResult.Failed f = failed(client().history(AN, in(Duration.ofMillis(1500))));

        assertThat(f.reason()).isEqualTo(LookupOutcome.Reason.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theCardCheckKeepsTheChecksByFacilities() {
        gateway.lookup(ScriptedGateway.json("{\"maKetQua\":\"000\",\"maThe\":\"HC4010185012345\","
                + "\"hoTen\":\"Nguyễn Văn An\",\"dsLichSuKCB2018\":null,\"dsLichSuKT2018\":["
                + "{\"userKT\":\"79024_BV\",\"thoiGianKT\":\"202611211405\",\"thongBao\":\"Thẻ còn giá trị sử dụng\","
                + "\"maLoi\":\"000\"},{\"userKT\":\"01013_BV\",\"thoiGianKT\":202611220800},"
                + "{\"thoiGianKT\":\"202611220800\"},\"x\"]}"));

        GatewayReply reply = client().lookUp(AN, in(Duration.ofSeconds(5)));

        GatewayCard card = ((GatewayReply.Coded) reply).card().orElseThrow();
        assertThat(card.checks()).containsExactly(
                new GatewayCard.Check("79024_BV", "202611211405", Optional.of("Thẻ còn giá trị sử dụng"),
                        Optional.of("000")),
                new GatewayCard.Check("01013_BV", "202611220800", Optional.empty(), Optional.empty()));
    }

    @Test
    void logsNeitherTheNumberNorTheNameNorTheToken() {
        history(new MockResponse().setResponseCode(401), ScriptedGateway.json(ONE_VISIT));
        history(ScriptedGateway.json("not json"));

        String text = logs.text();
        assertThat(text).contains("0010*****345").doesNotContain("001085012345").doesNotContain("Nguyễn")
                .doesNotContain("05/03/1985").doesNotContain(ScriptedGateway.ACCESS_TOKEN)
                .doesNotContain(PASSWORD_MD5).doesNotContain("Viêm dạ dày");
    }
}
