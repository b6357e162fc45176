package vn.tiepdon.server.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.RecentCheck;
import vn.tiepdon.core.api.VisitHistoryView;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.TestServer;
import vn.tiepdon.server.eligibility.BhxhGatewayClient;
import vn.tiepdon.server.eligibility.GatewayCredentials;
import vn.tiepdon.server.eligibility.GatewayEligibilityService;

/**
 * The server with the real gateway client in front of a gateway played by MockWebServer: the
 * kiosk's check-in asks only the card check (whose check log puts a warning on the ticket), the
 * desk's history asks {@code Lskcb2025} once per request, and a gateway page instead of JSON is a
 * clear answer to the desk.
 */
class GatewayHistoryEndToEndTest {
    private final MockWebServer gateway = new MockWebServer();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final Queue<MockResponse> histories = new ConcurrentLinkedQueue<>();
    /**
     * One clock for the server and the gateway client, as in production (the history's deadline is
     * the server's): 2026-11-22 08:00 in Vietnam, the day of the gateway's check log.
     */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
    private TestServer test;

    @BeforeEach
    void start() throws IOException {
        gateway.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getRequestUrl().encodedPath();
                paths.add(path);
                return switch (path) {
                    case "/api/token/take" -> json("{\"maKetQua\":\"200\",\"APIKey\":{\"access_token\":\"t1\","
                            + "\"id_token\":\"i1\",\"username\":\"01999_BV\",\"expires_in\":3600}}");
                    case "/api/egw/KQNhanLichSuKCB2024" -> json("{\"maKetQua\":\"000\",\"maThe\":\"HC4790790001234\","
                            + "\"hoTen\":\"Nguyễn Văn An\",\"ngaySinh\":\"15/08/1990\",\"dsLichSuKCB2018\":null,"
                            + "\"dsLichSuKT2018\":[{\"userKT\":\"79024_BV\",\"thoiGianKT\":\"202611211405\","
                            + "\"thongBao\":\"Thẻ còn giá trị sử dụng\",\"maLoi\":\"000\"},{\"userKT\":\"01999_BV\","
                            + "\"thoiGianKT\":\"202611220759\",\"thongBao\":\"ours\",\"maLoi\":\"000\"}]}");
                    case "/api/egw/Lskcb2025" -> Optional.ofNullable(histories.poll())
                            .orElseGet(() -> new MockResponse().setResponseCode(404));
                    default -> new MockResponse().setResponseCode(404);
                };
            }
        });
        gateway.start();
        GatewayCredentials credentials = new GatewayCredentials(gateway.url("/").toString(), "01999_BV", "secret",
                false, "Trần Thị Bích", "001190012345");
        BhxhGatewayClient client = new BhxhGatewayClient(new OkHttpClient.Builder()
                .readTimeout(Duration.ofSeconds(3)).build(), credentials, clock);
        test = TestServer.builder().clock(clock)
                .eligibility(new GatewayEligibilityService(client, Duration.ofSeconds(3), clock))
                .history(client).start();
    }

    @AfterEach
    void stop() throws IOException {
        test.close();
        gateway.shutdown();
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json; charset=utf-8").setBody(body);
    }

    private CheckinResponse checkIn() {
        return test.kiosk().checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.QR,
                OtherFacilityChecksTest.AN_QR, Optional.empty(), Optional.empty()));
    }

    @Test
    void theKioskAsksOnlyTheCardCheckAndItsTicketCarriesTheCheckElsewhere() {
        CheckinResponse issued = checkIn();

        assertThat(paths).containsExactly("/api/token/take", "/api/egw/KQNhanLichSuKCB2024");
        assertThat(issued.ticket().lookup().orElseThrow().otherFacilityChecks()).containsExactly(
                new RecentCheck("79024", Instant.parse("2026-11-21T07:05:00Z"),
                        Optional.of("Thẻ còn giá trị sử dụng")));
    }

    @Test
    void theDeskAsksTheHistoryOncePerRequestAndAGatewayPageIsAClearAnswer() {
        long lookup = checkIn().lookup().id();
        histories.add(json("{\"maKetQua\":\"000\",\"dsLichSuKCB2025\":[{\"maHoSo\":\"1\",\"maCSKCB\":\"79024\","
                + "\"ngayVao\":\"202611211400\",\"ngayRa\":\"202611211530\",\"tenBenh\":\"Viêm họng\"}]}"));
        histories.add(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                .setBody("<html>Bad Gateway</html>"));

        VisitHistoryView answered = test.receptionist().visitHistory(lookup);
        VisitHistoryView page = test.receptionist().visitHistory(lookup);

        assertThat(answered.visits()).singleElement().satisfies(v -> assertThat(v.diagnosis()).contains("Viêm họng"));
        assertThat(page.outcome()).isEqualTo(OutcomeKind.NO_ANSWER_BAD_RESPONSE);
        assertThat(page.staffMessage()).contains("HTTP 502, HTML page");
        assertThat(paths.stream().filter("/api/egw/Lskcb2025"::equals)).hasSize(2);
    }
}
