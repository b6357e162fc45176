package vn.tiepdon.server.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.TestServer;
import vn.tiepdon.server.eligibility.BhxhGatewayClient;
import vn.tiepdon.server.eligibility.GatewayCredentials;
import vn.tiepdon.server.eligibility.GatewayEligibilityService;

/**
 * {@code GET /api/v1/lookups/{id}/proof} on a real server whose gateway (MockWebServer) is asked by
 * the real gateway client, read with the real client: the PDF of a failed lookup holds exactly what
 * the gateway was sent; an answered lookup has no proof (409), an unknown one is 404.
 */
class ProofApiTest {
    static final String AN_QR = "079090001234||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021";
    static final String WRONG_BIRTH_DATE = "{\"maKetQua\":\"070\",\"ghiChu\":\"Ngày sinh không đúng với dữ liệu"
            + " thẻ BHYT\"}";
    static final String ELIGIBLE = "{\"maKetQua\":\"000\",\"ghiChu\":\"Thẻ còn giá trị sử dụng\",\"maThe\":"
            + "\"HC4790790001234\",\"hoTen\":\"Nguyễn Văn An\",\"ngaySinh\":\"15/08/1990\",\"gioiTinh\":\"Nam\","
            + "\"maDKBD\":\"01999\",\"gtTheTu\":\"01/01/2026\",\"gtTheDen\":\"31/12/2026\"}";

    private final MockWebServer gateway = new MockWebServer();
    private final Queue<String> answers = new ConcurrentLinkedQueue<>();
    /** 08:00 in Vietnam. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
    private TestServer test;

    @BeforeEach
    void start() throws IOException {
        gateway.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getRequestUrl().encodedPath();
                if (path.equals("/api/token/take")) {
                    return json("{\"maKetQua\":\"200\",\"APIKey\":{\"access_token\":\"t1\",\"id_token\":\"i1\","
                            + "\"username\":\"01999_BV\",\"expires_in\":3600}}");
                }
                String body = answers.poll();
                return body == null ? new MockResponse().setResponseCode(404) : json(body);
            }
        });
        gateway.start();
        GatewayCredentials credentials = new GatewayCredentials(gateway.url("/").toString(), "01999_BV", "secret",
                false, "Trần Thị Bích", "001190012345");
        BhxhGatewayClient client = new BhxhGatewayClient(new OkHttpClient.Builder()
                .readTimeout(Duration.ofSeconds(3)).build(), credentials, clock);
        test = TestServer.builder().clock(clock)
                .eligibility(new GatewayEligibilityService(client, Duration.ofSeconds(3), clock)).start();
    }

    @AfterEach
    void stop() throws IOException {
        test.close();
        gateway.shutdown();
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json; charset=utf-8").setBody(body);
    }

    private long checkIn(String answer) {
        answers.add(answer);
        CheckinResponse r = test.kiosk().checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.QR, AN_QR,
                Optional.empty(), Optional.empty()));
        return r.ticket().lookup().orElseThrow().id();
    }

    @Test
    void theReceptionistGetsThePdfOfAFailedLookupWithWhatWasSent() throws IOException {
        long id = checkIn(WRONG_BIRTH_DATE);

        byte[] pdf = test.receptionist().lookupProof(id);

        assertThat(ProofPdfTest.pages(pdf)).isEqualTo(1);
        assertThat(ProofPdfTest.text(pdf)).contains("BẰNG CHỨNG TRA CỨU THẺ BHYT KHÔNG THÀNH CÔNG",
                "Mã lượt tra cứu " + id, "22/11/2026 08:00:00 (UTC+07:00)", "Kiosk kiosk-1",
                "01999_BV", "Trần Thị Bích", "079090001234", "Nguyễn Văn An", "15/08/1990",
                "Mã 070: sai ngày sinh so với dữ liệu BHXH", "Ngày sinh không đúng với dữ liệu thẻ BHYT",
                "Mã 070 · sai thông tin");
        assertThat(test.admin().lookupProof(id)).startsWith(pdf[0], pdf[1], pdf[2], pdf[3]);
    }

    @Test
    void theAnswerIsAPdfAttachmentNamedForTheLookup() throws IOException {
        long id = checkIn(WRONG_BIRTH_DATE);

        try (Response r = new OkHttpClient().newCall(test.request(Role.RECEPTIONIST, "/api/v1/lookups/" + id + "/proof")
                .build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Type")).startsWith("application/pdf");
            assertThat(r.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"bang-chung-tra-cuu-" + id + ".pdf\"");
            assertThat(r.body().bytes()).startsWith((byte) '%', (byte) 'P', (byte) 'D', (byte) 'F');
        }
    }

    @Test
    void anAnsweredLookupHasNothingToProve() {
        long id = checkIn(ELIGIBLE);

        assertThatThrownBy(() -> test.receptionist().lookupProof(id)).isInstanceOfSatisfying(ApiException.class,
                e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.error().map(ApiError::error)).contains(ErrorCode.NOTHING_TO_PROVE);
                    assertThat(e.error().orElseThrow().patientMessage()).contains("không có bằng chứng");
                });
    }

    @Test
    void anUnknownOrMalformedLookupIsRefused() throws IOException {
        assertThatThrownBy(() -> test.receptionist().lookupProof(987654)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.error().map(ApiError::error)).contains(ErrorCode.UNKNOWN_LOOKUP));
        try (Response r = new OkHttpClient().newCall(test.request(Role.RECEPTIONIST, "/api/v1/lookups/abc/proof")
                .build()).execute()) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.body().string()).contains("BAD_REQUEST");
        }
    }

    @Test
    void kiosksAndDisplaysMayNotGetIt() {
        long id = checkIn(WRONG_BIRTH_DATE);

        for (Role role : new Role[] {Role.KIOSK, Role.DISPLAY}) {
            assertThatThrownBy(() -> test.client(role).lookupProof(id)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.httpStatus()).isEqualTo(403));
        }
    }
}
