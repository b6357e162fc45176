package vn.tiepdon.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.BufferedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.testing.Conditions;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.TestServer;
import vn.tiepdon.server.checkin.CheckinService;
import vn.tiepdon.server.checkin.RetrySchedule;
import vn.tiepdon.server.eligibility.BhxhGatewayClient;
import vn.tiepdon.server.eligibility.GatewayBreaker;
import vn.tiepdon.server.eligibility.GatewayCredentials;
import vn.tiepdon.server.eligibility.GatewayEligibilityService;
import vn.tiepdon.server.eligibility.GatewayGuard;
import vn.tiepdon.server.eligibility.RequestBudget;

/**
 * The gateway guard as the admin and the desks see it, over HTTP against a real server whose
 * gateway is a MockWebServer: the budget used, a restricted account's stop (events, resume, a
 * restart), an outage's row and the day's health, the proof of a failed lookup, its log line.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GatewayApiTest {
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    static final String RESTRICTED = "{\"maKetQua\":\"500\",\"ghiChu\":\"Có lỗi xảy ra trong quá trình tra cứu!\"}";
    static final String BAD_GATEWAY_PAGE = "<html><body>502 Bad Gateway</body></html>";
    /** 08:00 in Vietnam. */
    static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    /** The gateway: a token for every login, scripted lookup answers, HTTP 502 when the script is empty. */
    static final class Gateway extends Dispatcher {
        final Queue<MockResponse> answers = new ConcurrentLinkedQueue<>();
        final List<RecordedRequest> lookups = new CopyOnWriteArrayList<>();

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String path = request.getPath() == null ? "" : request.getPath();
            if (path.startsWith("/api/token/take")) {
                return json(200, "{\"maKetQua\":\"200\",\"APIKey\":{\"access_token\":\"tok-1\",\"id_token\":\"id-1\","
                        + "\"token_type\":\"Bearer\",\"username\":\"01999_BV\",\"expires_in\":3600}}");
            }
            lookups.add(request);
            MockResponse scripted = answers.poll();
            return scripted != null ? scripted : new MockResponse().setResponseCode(502)
                    .setHeader("Content-Type", "text/html").setBody(BAD_GATEWAY_PAGE);
        }

        static MockResponse json(int status, String body) {
            return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json")
                    .setBody(body);
        }

        static MockResponse eligible(String cardKey) {
            return json(200, "{\"maKetQua\":\"000\",\"ghiChu\":\"Thẻ còn giá trị sử dụng.\",\"maThe\":\"" + cardKey
                    + "\",\"hoTen\":\"Nguyễn Văn An\",\"ngaySinh\":\"15/08/1990\",\"gioiTinh\":\"Nam\","
                    + "\"maDKBD\":\"01999\",\"gtTheTu\":\"01/01/2026\",\"gtTheDen\":\"31/12/2026\"}");
        }
    }

    /** One event as read off the wire. */
    record Sse(long id, String type, JsonNode data) {
    }

    final ObjectMapper json = new ObjectMapper();
    final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    final MutableClock clock = new MutableClock(T0, ZoneId.of("Asia/Ho_Chi_Minh"));
    final Gateway gateway = new Gateway();
    final MockWebServer bhxh = new MockWebServer();
    String jdbcUrl = "jdbc:h2:mem:gateway" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    GatewayEligibilityService service;
    TestServer test;
    vn.tiepdon.server.ScratchPostgres scratch;

    @BeforeEach
    void start() throws IOException {
        bhxh.setDispatcher(gateway);
        bhxh.start();
        test = startServer();
    }

    @AfterEach
    void stop() throws Exception {
        if (test != null) {
            test.close();
        }
        if (scratch != null) {
            scratch.close();
        }
        bhxh.shutdown();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** A server (a new gateway service and guard, as after a restart) on {@link #jdbcUrl}. */
    TestServer startServer() {
        GatewayCredentials credentials = new GatewayCredentials(bhxh.url("/").toString(), "01999_BV", "123456",
                false, "Trần Thị Bích", "001190012345");
        service = new GatewayEligibilityService(new BhxhGatewayClient(new OkHttpClient(), credentials, clock),
                Duration.ofSeconds(4), new GatewayBreaker(new GatewayBreaker.Settings(1000, Duration.ofSeconds(30)),
                clock), new GatewayGuard(new GatewayGuard.Settings(new RequestBudget.Quota(10, 100, 0.5),
                Duration.ofMinutes(15), Duration.ofMinutes(5)), clock), clock);
        // pending lookups are not retried within these tests: what reaches the gateway is the check-ins
        return TestServer.builder().jdbcUrl(jdbcUrl).clock(clock).eligibility(service)
                .retries(new RetrySchedule(Duration.ofHours(1), Duration.ofHours(2), 1)).start();
    }

    static String cccd(int person) {
        return String.format("079090%06d", person);
    }

    /** A CCCD QR of a man born 15/08/1990 (the number's digits 4-6 agree). */
    static String qr(int person) {
        return cccd(person) + "||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021";
    }

    JsonNode checkIn(int person) throws IOException {
        String body = "{\"kioskId\":\"" + TestServer.KIOSK + "\",\"method\":\"QR\",\"code\":\"" + qr(person) + "\"}";
        try (Response r = call(Role.KIOSK, "POST", "/api/v1/checkins", body)) {
            String text = r.body().string();
            assertThat(r.code()).as(text).isEqualTo(201);
            return json.readTree(text);
        }
    }

    Response call(Role role, String method, String path, String body) throws IOException {
        Request.Builder b = test.request(role, path).header("Accept", "application/json");
        b.method(method, body == null ? (method.equals("GET") ? null : RequestBody.create(new byte[0], null))
                : RequestBody.create(body, JSON));
        return http.newCall(b.build()).execute();
    }

    JsonNode get(String path) throws IOException {
        try (Response r = call(Role.ADMIN, "GET", path, null)) {
            String text = r.body().string();
            assertThat(r.code()).as(text).isEqualTo(200);
            return json.readTree(text);
        }
    }

    /** Reads {@code count} events replayed after {@code lastEventId} from a stream opened as {@code role}. */
    List<Sse> replay(Role role, String path, long lastEventId, int count) throws IOException {
        Request request = new Request.Builder().url(test.baseUrl() + path).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + test.token(role))
                .header("Last-Event-ID", Long.toString(lastEventId)).build();
        List<Sse> out = new ArrayList<>();
        try (Response r = http.newCall(request).execute()) {
            assertThat(r.code()).isEqualTo(200);
            BufferedSource in = r.body().source();
            long id = 0;
            String type = null;
            String data = null;
            while (out.size() < count) {
                String line = in.readUtf8Line();
                if (line == null) {
                    break;
                }
                if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).trim());
                } else if (line.startsWith("event:")) {
                    type = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data = line.substring(5).trim();
                } else if (line.isEmpty() && data != null) {
                    out.add(new Sse(id, type, json.readTree(data)));
                    data = null;
                }
            }
        }
        return out;
    }

    static void await(String what, BooleanSupplier condition) {
        Conditions.await(what, Duration.ofSeconds(60), condition);
    }

    @Test
    void theAdminSeesTheBudgetUsedByCheckIns() throws IOException {
        gateway.answers.add(Gateway.eligible(cccd(1)));
        checkIn(1); // 1 request
        checkIn(2); // 2 requests, both HTTP 502: pending
        checkIn(1); // the answer of a minute ago is reused: no request

        JsonNode status = get("/api/v1/gateway");

        assertThat(gateway.lookups).hasSize(3);
        assertThat(status.get("day").asText()).isEqualTo("2026-11-22");
        assertThat(status.get("perMinute").asInt()).isEqualTo(10);
        assertThat(status.get("perDay").asInt()).isEqualTo(100);
        assertThat(status.get("backgroundShare").asDouble()).isEqualTo(0.5);
        assertThat(status.get("usedThisMinute").asInt()).isEqualTo(3);
        assertThat(status.get("usedToday").asInt()).isEqualTo(3);
        assertThat(status.get("reuseAnswerSeconds").asLong()).isEqualTo(900);
        assertThat(status.get("breaker").asText()).isEqualTo("CLOSED");
        assertThat(status.path("stoppedSince").isMissingNode() || status.get("stoppedSince").isNull()).isTrue();
        assertThat(status.get("pendingLookups").asLong()).isEqualTo(1);

        clock.advanceSeconds(61);
        JsonNode later = get("/api/v1/gateway");
        assertThat(later.get("usedThisMinute").asInt()).isZero();
        assertThat(later.get("usedToday").asInt()).isEqualTo(3);
    }

    @Test
    void theGatewayRoutesAreForAdminsOnly() throws IOException {
        for (String path : List.of("/api/v1/gateway", "/api/v1/gateway/health", "/api/v1/lookups/1/attempts")) {
            try (Response r = call(Role.RECEPTIONIST, "GET", path, null)) {
                assertThat(r.code()).as(path).isEqualTo(403);
            }
        }
        try (Response r = call(Role.KIOSK, "POST", "/api/v1/gateway/resume", null)) {
            assertThat(r.code()).isEqualTo(403);
        }
    }

    @Test
    void aServerWithoutAGuardHasNothingToResumeAndCountsTodaysRequestsFromTheLog() throws IOException {
        test.close();
        test = TestServer.builder().clock(clock).start(); // its gateway answers 000 and has no guard
        checkIn(1);
        checkIn(2);

        try (Response r = call(Role.ADMIN, "POST", "/api/v1/gateway/resume", null)) {
            String text = r.body().string();
            assertThat(r.code()).as(text).isEqualTo(200);
            assertThat(json.readTree(text).get("resumed").asBoolean()).isFalse();
        }
        JsonNode status = get("/api/v1/gateway");
        assertThat(status.get("breaker").asText()).isEqualTo("NONE");
        assertThat(status.get("usedToday").asInt()).isEqualTo(2);
        assertThat(status.get("reuseAnswerSeconds").asLong()).isZero();
        try (Response r = call(Role.ADMIN, "GET", "/api/v1/gateway/health?date=22-11-2026", null)) {
            assertThat(r.code()).isEqualTo(400);
        }
    }

    @Test
    void aRestrictedAccountStopIsAStaffEventAndAResumeToo() throws IOException {
        gateway.answers.add(Gateway.eligible(cccd(1)));
        checkIn(1); // event 1: ticket.issued
        gateway.answers.add(Gateway.json(500, RESTRICTED));
        checkIn(2); // event 2: gateway.stopped, event 3: ticket.issued
        JsonNode held = checkIn(3); // event 4: ticket.issued, not sent

        assertThat(gateway.lookups).as("nothing sent after the restricted reply").hasSize(2);
        assertThat(held.at("/lookup/outcome").asText()).isEqualTo("NO_ANSWER:NOT_SENT");
        assertThat(held.at("/lookup/pending").asBoolean()).isTrue();
        assertThat(held.at("/lookup/staffMessage").asText()).contains("gateway calls stopped since");

        List<Sse> staff = replay(Role.RECEPTIONIST, "/api/v1/events", 1, 3);
        assertThat(staff).extracting(Sse::type).containsExactly("gateway.stopped", "ticket.issued", "ticket.issued");
        JsonNode notice = staff.get(0).data().get("gateway");
        assertThat(notice.get("kind").asText()).isEqualTo("STOPPED");
        assertThat(Instant.parse(notice.get("since").asText())).isEqualTo(T0);
        assertThat(notice.get("detail").asText()).startsWith("restricted-account reply from the gateway");

        List<Sse> hall = replay(Role.DISPLAY, "/api/v1/events/hall", 1, 2);
        assertThat(hall).extracting(Sse::id).containsExactly(3L, 4L);
        assertThat(hall).extracting(Sse::type).containsExactly("ticket.issued", "ticket.issued");

        JsonNode status = get("/api/v1/gateway");
        assertThat(Instant.parse(status.get("stoppedSince").asText())).isEqualTo(T0);
        assertThat(status.get("stoppedBecause").asText()).startsWith("restricted-account reply");
        try (Response r = call(Role.RECEPTIONIST, "GET", "/api/v1/gateway/notice", null)) {
            JsonNode now = json.readTree(r.body().string());
            assertThat(r.code()).as("a desk starting now sees the stop").isEqualTo(200);
            assertThat(now.get("kind").asText()).isEqualTo("STOPPED");
            assertThat(Instant.parse(now.get("since").asText())).isEqualTo(T0);
        }

        clock.advance(Duration.ofMinutes(30));
        JsonNode resumed;
        try (Response r = call(Role.ADMIN, "POST", "/api/v1/gateway/resume", null)) {
            String text = r.body().string();
            assertThat(r.code()).as(text).isEqualTo(200);
            resumed = json.readTree(text);
        }
        assertThat(resumed.get("resumed").asBoolean()).isTrue();
        assertThat(resumed.at("/status/stoppedSince").isNull() || resumed.at("/status/stoppedSince").isMissingNode())
                .isTrue();

        gateway.answers.add(Gateway.eligible(cccd(5)));
        checkIn(5); // event 6: ticket.issued
        assertThat(gateway.lookups).as("sent again after the resume").hasSize(3);

        List<Sse> after = replay(Role.RECEPTIONIST, "/api/v1/events", 4, 2);
        assertThat(after).extracting(Sse::type).containsExactly("gateway.resumed", "ticket.issued");
        assertThat(after.get(0).data().at("/gateway/kind").asText()).isEqualTo("RESUMED");
        assertThat(after.get(0).data().at("/gateway/detail").asText()).isEqualTo("resumed by user:admin");
        assertThat(Instant.parse(after.get(0).data().at("/gateway/ended").asText()))
                .isEqualTo(T0.plus(Duration.ofMinutes(30)));
        List<Sse> hallAfter = replay(Role.DISPLAY, "/api/v1/events/hall", 4, 1);
        assertThat(hallAfter).extracting(Sse::id).containsExactly(6L);
        try (Response r = call(Role.ADMIN, "POST", "/api/v1/gateway/resume", null)) {
            assertThat(json.readTree(r.body().string()).get("resumed").asBoolean()).as("nothing to resume").isFalse();
        }
        try (Response r = call(Role.RECEPTIONIST, "GET", "/api/v1/gateway/notice", null)) {
            assertThat(r.code()).as("no trouble now").isEqualTo(204);
        }
    }

    @Test
    void aStopSurvivesARestartOnTheSameDatabase() throws IOException {
        stopSurvivesARestart();
    }

    @Test
    void aStopSurvivesARestartOnPostgres() throws Exception {
        onPostgres();
        stopSurvivesARestart();
    }

    @Test
    void anOutageRowOnPostgres() throws Exception {
        onPostgres();
        checkIn(1);
        clock.advance(Duration.ofMinutes(5));
        checkIn(2);
        await("the outage row", () -> outageRows().size() == 1);
        clock.advance(Duration.ofMinutes(1));
        gateway.answers.add(Gateway.eligible(cccd(3)));
        checkIn(3);

        assertThat(outageRows()).containsExactly(List.of(T0, T0.plus(Duration.ofMinutes(6)), 4));
        assertThat(get("/api/v1/gateway/health").at("/hours/0/outageMinutes").asLong()).isEqualTo(6);
    }

    /** Moves this test to a scratch PostgreSQL database (skipped when there is none). */
    void onPostgres() throws Exception {
        Optional<String> url = vn.tiepdon.server.TestSetups.postgresUrl();
        org.junit.jupiter.api.Assumptions.assumeTrue(url.isPresent(), "TIEPDON_TEST_PG_URL not set");
        test.close();
        test = null;
        scratch = vn.tiepdon.server.ScratchPostgres.create(url.get(), "gateway_api");
        jdbcUrl = scratch.url();
        test = startServer();
    }

    void stopSurvivesARestart() throws IOException {
        gateway.answers.add(Gateway.json(500, RESTRICTED));
        checkIn(1);
        assertThat(service.guard().orElseThrow().stop().current()).isPresent();
        test.close();
        clock.advance(Duration.ofMinutes(10));

        test = startServer();

        assertThat(service.guard().orElseThrow().stop().current().map(s -> s.since())).contains(T0);
        JsonNode status = get("/api/v1/gateway");
        assertThat(Instant.parse(status.get("stoppedSince").asText())).isEqualTo(T0);
        assertThat(status.get("usedToday").asInt()).as("today's request counted again").isEqualTo(1);
        checkIn(2);
        assertThat(gateway.lookups).as("still nothing sent").hasSize(1);

        try (Response r = call(Role.ADMIN, "POST", "/api/v1/gateway/resume", null)) {
            assertThat(r.code()).isEqualTo(200);
        }
        test.close();
        test = startServer();
        assertThat(service.guard().orElseThrow().stop().current()).as("the resume survives too").isEmpty();
    }

    @Test
    void anOutageIsARowShownByTheHealthAndItsEndClosesIt() throws Exception {
        checkIn(1); // 2 requests, HTTP 502
        clock.advance(Duration.ofMinutes(5));
        checkIn(2); // 2 more: the outage began with the first request, 5 min ago
        await("the outage row", () -> outageRows().size() == 1);

        JsonNode status = get("/api/v1/gateway");
        assertThat(Instant.parse(status.get("outageSince").asText())).isEqualTo(T0);
        try (Response r = call(Role.RECEPTIONIST, "GET", "/api/v1/gateway/notice", null)) {
            JsonNode now = json.readTree(r.body().string());
            assertThat(r.code()).isEqualTo(200);
            assertThat(now.get("kind").asText()).isEqualTo("OUTAGE_STARTED");
            assertThat(Instant.parse(now.get("since").asText())).isEqualTo(T0);
            assertThat(now.get("detail").asText()).isEqualTo("no answer for 5 min");
        }
        JsonNode health = get("/api/v1/gateway/health");
        assertThat(health.get("day").asText()).isEqualTo("2026-11-22");
        assertThat(health.get("outages")).hasSize(1);
        assertThat(Instant.parse(health.at("/outages/0/startedAt").asText())).isEqualTo(T0);
        assertThat(health.at("/outages/0/endedAt").isNull() || health.at("/outages/0/endedAt").isMissingNode())
                .isTrue();
        assertThat(health.get("hours")).hasSize(1);
        JsonNode hour = health.at("/hours/0");
        assertThat(hour.get("hour").asInt()).isEqualTo(8);
        assertThat(hour.get("requests").asInt()).isEqualTo(4);
        assertThat(hour.get("answered").asInt()).isZero();
        assertThat(hour.get("errors").asInt()).isEqualTo(4);
        assertThat(hour.get("outageMinutes").asLong()).as("08:00 to now, 08:05").isEqualTo(5);

        clock.advance(Duration.ofMinutes(1));
        gateway.answers.add(Gateway.eligible(cccd(3)));
        checkIn(3); // answered: the outage ends at 08:06

        assertThat(outageRows()).containsExactly(List.of(T0, T0.plus(Duration.ofMinutes(6)), 4));
        JsonNode ended = get("/api/v1/gateway/health");
        assertThat(Instant.parse(ended.at("/outages/0/endedAt").asText())).isEqualTo(T0.plus(Duration.ofMinutes(6)));
        assertThat(ended.at("/outages/0/requests").asInt()).isEqualTo(4);
        assertThat(ended.at("/hours/0/requests").asInt()).isEqualTo(5);
        assertThat(ended.at("/hours/0/answered").asInt()).isEqualTo(1);
        assertThat(ended.at("/hours/0/outageMinutes").asLong()).isEqualTo(6);
        JsonNode after = get("/api/v1/gateway");
        assertThat(after.path("outageSince").isNull() || after.path("outageSince").isMissingNode()).isTrue();
        try (Response r = call(Role.RECEPTIONIST, "GET", "/api/v1/gateway/notice", null)) {
            assertThat(r.code()).isEqualTo(204);
        }

        List<String> types = server().events().after(0, 100).stream().map(e -> e.type().wire()).toList();
        assertThat(types).containsSubsequence("gateway.outage.started", "gateway.outage.ended");
        assertThat(types.stream().filter(t -> t.startsWith("gateway.outage"))).hasSize(2);
        JsonNode otherDay = get("/api/v1/gateway/health?date=2026-11-23");
        assertThat(otherDay.get("outages")).isEmpty();
        assertThat(otherDay.get("hours")).isEmpty();
    }

    @Test
    void anOutageStartsByTheTimerWhenNoRequestFollows() throws Exception {
        checkIn(1); // 2 requests, HTTP 502
        clock.advance(Duration.ofMinutes(5));

        await("the outage row from the timer", () -> outageRows().size() == 1);

        assertThat(outageRows().get(0).get(0)).isEqualTo(T0);
        assertThat(gateway.lookups).hasSize(2);
    }

    vn.tiepdon.server.ReceptionServer server() {
        return test.server();
    }

    /** {@code [started_at, ended_at, requests]} of each gateway_outages row. */
    List<List<Object>> outageRows() {
        try (Connection c = server().database().connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select started_at, ended_at, requests from gateway_outages order by id")) {
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                row.add(rs.getObject(1, java.time.OffsetDateTime.class).toInstant());
                java.time.OffsetDateTime ended = rs.getObject(2, java.time.OffsetDateTime.class);
                if (ended != null) {
                    row.add(ended.toInstant());
                }
                row.add(rs.getInt(3));
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theAttemptsOfAFailedLookupAreItsProof() throws IOException {
        JsonNode failed = checkIn(7);
        long id = failed.at("/lookup/id").asLong();

        JsonNode attempts = get("/api/v1/lookups/" + id + "/attempts");

        assertThat(attempts).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode a = attempts.get(i);
            JsonNode sentBody = json.readTree(gateway.lookups.get(i).getBody().readUtf8());
            assertThat(a.get("lookupId").asLong()).isEqualTo(id);
            assertThat(a.get("attempt").asInt()).isEqualTo(i + 1);
            assertThat(a.get("caller").asText()).isEqualTo("KIOSK");
            assertThat(a.get("background").asBoolean()).isFalse();
            assertThat(a.get("outcome").asText()).isEqualTo("NO_ANSWER:BAD_RESPONSE");
            assertThat(a.at("/sent/cardKey").asText()).isEqualTo(sentBody.get("maThe").asText()).isEqualTo(cccd(7));
            assertThat(a.at("/sent/fullName").asText()).isEqualTo(sentBody.get("hoTen").asText())
                    .isEqualTo("Nguyễn Văn An");
            assertThat(a.at("/sent/birthDate").asText()).isEqualTo(sentBody.get("ngaySinh").asText())
                    .isEqualTo("15/08/1990");
            assertThat(a.at("/sent/staffName").asText()).isEqualTo(sentBody.get("hoTenCb").asText())
                    .isEqualTo("Trần Thị Bích");
            assertThat(a.at("/sent/account").asText())
                    .isEqualTo(gateway.lookups.get(i).getRequestUrl().queryParameter("username")).isEqualTo("01999_BV");
            assertThat(a.at("/received/httpStatus").asInt()).isEqualTo(502);
            assertThat(a.at("/received/bytes").asLong()).isEqualTo(BAD_GATEWAY_PAGE.length());
            assertThat(a.at("/received/message").isNull() || a.at("/received/message").isMissingNode()).isTrue();
        }
    }

    @Test
    void anUnknownLookupHasNoAttempts() throws IOException {
        try (Response r = call(Role.ADMIN, "GET", "/api/v1/lookups/987654/attempts", null)) {
            assertThat(r.code()).isEqualTo(404);
            assertThat(json.readTree(r.body().string()).get("error").asText()).isEqualTo("UNKNOWN_LOOKUP");
        }
        try (Response r = call(Role.ADMIN, "GET", "/api/v1/lookups/abc/attempts", null)) {
            assertThat(r.code()).isEqualTo(400);
        }
    }

    @Test
    void theCheckInLogLineOfAFailedLookupCarriesItsIdAndCauseOnOneLine() throws IOException {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger logger = context.getLogger(CheckinService.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(context);
        appender.start();
        ch.qos.logback.classic.Level level = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        logger.setAdditive(false);
        logger.addAppender(appender);
        try {
            long id = checkIn(8).at("/lookup/id").asLong();

            List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(m -> m.startsWith("Check-in ")).toList();
            assertThat(lines).hasSize(1);
            String line = lines.get(0);
            assertThat(line).contains(" lookup=" + id + " ")
                    .contains(" cause=BAD_RESPONSE (HTTP 502, HTML page, text/html) ")
                    .contains(" attempts=2 ").contains(" pending=true ")
                    .doesNotContain("\n").doesNotContain("\r")
                    .doesNotContain(cccd(8)).doesNotContain("Nguyễn");
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(level);
            logger.setAdditive(true);
            appender.stop();
        }
    }
}
