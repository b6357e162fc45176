package vn.tiepdon.server.lookups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.stats.CheckinMethod;
import vn.tiepdon.core.stats.LookupCounts;
import vn.tiepdon.server.TestServer;

/** {@code GET /api/v1/stats/lookups} over HTTP, through the client, and its refusals. */
class LookupSuccessApiTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final String CCCD_QR = "079090001234||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021";
    private final ConcurrentLinkedQueue<LookupOutcome> answers = new ConcurrentLinkedQueue<>();
    private final OkHttpClient http = new OkHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.builder().eligibility(request -> answers.remove()).start();
    }

    @AfterEach
    void stop() {
        server.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private void checkIn(String code, LookupClass cls) {
        answers.add(new LookupOutcome.Answered(code, cls, "…", "Mã " + code, Optional.empty(), 12, 1));
        server.kiosk().checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.QR, CCCD_QR,
                Optional.empty(), Optional.empty()));
    }

    @Test
    void anAdminReadsTheDaysFiguresThroughTheClient() {
        checkIn("000", LookupClass.ELIGIBLE);
        checkIn("010", LookupClass.NOT_ELIGIBLE);
        checkIn("061", LookupClass.FIXABLE_DATA_ERROR);

        LookupSuccess s = server.admin().lookupSuccess(DAY.minusDays(2), DAY);

        assertThat(s.from()).isEqualTo(DAY.minusDays(2));
        assertThat(s.totals()).isEqualTo(LookupCounts.of(2, 1, 0, 1, 0));
        assertThat(s.byDay()).containsExactly(java.util.Map.entry(DAY.minusDays(2), LookupCounts.ZERO),
                java.util.Map.entry(DAY.minusDays(1), LookupCounts.ZERO), java.util.Map.entry(DAY, s.totals()));
        assertThat(s.byMethod().get(CheckinMethod.CCCD_QR)).isEqualTo(s.totals());
        assertThat(s.byMethod().get(CheckinMethod.CHIP)).isEqualTo(LookupCounts.ZERO);
        assertThat(s.byKiosk()).containsOnlyKeys(TestServer.KIOSK);
        assertThat(s.byCode()).containsOnlyKeys("000", "010", "061");
        assertThat(s.byCode().get("010").meaning()).isEqualTo("thẻ hết giá trị sử dụng");
        assertThat(s.byCode().get("010").succeeded()).as("an expired card is an answer").isEqualTo(1);
        assertThat(s.byCode().get("061").failed()).isEqualTo(1);
    }

    @Test
    void theJsonCarriesTheDocumentedFields() throws IOException {
        checkIn("000", LookupClass.ELIGIBLE);
        JsonNode body = get(Role.ADMIN, "/api/v1/stats/lookups?from=2026-11-22&to=2026-11-22", 200);
        assertThat(iterable(body.fieldNames())).containsExactly("from", "to", "lookups", "succeeded", "failed",
                "pending", "eligible", "overridden", "rate", "eligibleRate", "failedRate", "byDay", "byMethod",
                "byKiosk", "byCode", "byClass", "overriddenBy");
        assertThat(iterable(body.get("byDay").get("2026-11-22").fieldNames())).containsExactly("lookups",
                "succeeded", "failed", "pending", "eligible", "overridden", "rate", "eligibleRate", "failedRate");
        assertThat(body.get("byCode").get("000").get("meaning").asText())
                .isEqualTo("thẻ còn giá trị sử dụng, thông tin chính xác");
        assertThat(body.get("rate").asDouble()).isEqualTo(1.0);
        assertThat(iterable(body.get("byMethod").fieldNames())).containsExactly("CHIP", "CCCD_QR", "BHYT_QR",
                "VNEID", "TYPED");
    }

    @Test
    void refusesBadRangesWithAClearMessage() throws IOException {
        assertThat(get(Role.ADMIN, "/api/v1/stats/lookups?from=2026-11-22&to=2026-11-21", 400).get("message")
                .asText()).isEqualTo("from (2026-11-22) is after to (2026-11-21)");
        JsonNode badDate = get(Role.ADMIN, "/api/v1/stats/lookups?from=2026-11-01&to=22/11/2026", 400);
        assertThat(badDate.get("error").asText()).isEqualTo("BAD_REQUEST");
        assertThat(badDate.get("message").asText()).isEqualTo("to must be a date yyyy-MM-dd, got '22/11/2026'");
        assertThat(get(Role.ADMIN, "/api/v1/stats/lookups?from=2000-01-01&to=2026-11-22", 400).get("message")
                .asText()).contains("longer than 3660 days");
        assertThatThrownBy(() -> server.admin().lookupSuccess(DAY, DAY.minusDays(1)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.error().orElseThrow().error()).isEqualTo(ErrorCode.BAD_REQUEST);
                });
    }

    @Test
    void onlyAnAdminMayReadThem() throws IOException {
        for (Role role : List.of(Role.RECEPTIONIST, Role.KIOSK, Role.DISPLAY)) {
            assertThat(get(role, "/api/v1/stats/lookups?from=2026-11-22&to=2026-11-22", 403).get("error").asText())
                    .as(role.name()).isEqualTo("FORBIDDEN");
        }
        assertThatThrownBy(() -> server.receptionist().lookupSuccess(DAY, DAY))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(403));
    }

    private JsonNode get(Role role, String path, int status) throws IOException {
        try (Response r = http.newCall(server.request(role, path).build()).execute()) {
            assertThat(r.code()).as(path).isEqualTo(status);
            return json.readTree(r.body().string());
        }
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
