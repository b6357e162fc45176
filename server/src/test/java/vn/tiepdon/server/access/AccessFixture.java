package vn.tiepdon.server.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.ReceptionServer;
import vn.tiepdon.server.TestServer;
import vn.tiepdon.server.TestSetups;
import vn.tiepdon.server.http.ApiJson;

/**
 * {@link TestServer} (a caller of each role) seen over raw HTTP, as the access tests need it: the
 * exact status, headers and error body of each answer. The gateway answers what {@link #answer}
 * holds and records what it was asked; the clock is the test's.
 */
final class AccessFixture implements AutoCloseable {
    static final String ADMIN_PASSWORD = TestServer.ADMIN_PASSWORD;
    static final String RECEPTIONIST = TestServer.RECEPTIONIST;
    static final String RECEPTIONIST_PASSWORD = TestServer.RECEPTIONIST_PASSWORD;
    static final String CCCD_QR = "079090001234||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021";
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    final JsonMapper json = ApiJson.create();
    final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(20)).build();
    final MutableClock clock = TestSetups.clock();
    final List<LookupRequest> asked = Collections.synchronizedList(new ArrayList<>());
    final AtomicReference<LookupOutcome> answer = new AtomicReference<>(new LookupOutcome.Answered("000",
            LookupClass.ELIGIBLE, "Thẻ BHYT hợp lệ.", "Mã 000", Optional.empty(), 12, 1));
    final TestServer test;

    /** Default access settings (5 wrong passwords lock for 15 min, sessions last 8 h), in-memory H2. */
    AccessFixture() {
        this("jdbc:h2:mem:access" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", AccessSettings.defaults());
    }

    AccessFixture(String jdbcUrl, AccessSettings settings) {
        this.test = TestServer.builder().jdbcUrl(jdbcUrl).clock(clock).access(settings).eligibility(request -> {
            asked.add(request);
            return answer.get();
        }).start();
    }

    ReceptionServer server() {
        return test.server();
    }

    String token(Role role) {
        return test.token(role);
    }

    String base() {
        return test.baseUrl();
    }

    /** Logs in over HTTP and returns the session token (fails the test when refused). */
    String login(String user, String password) {
        try (Response r = call("POST", "/api/v1/sessions", Optional.empty(),
                "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}")) {
            if (r.code() != 201) {
                throw new AssertionError("login of " + user + " answered " + r.code() + ": " + r.body().string());
            }
            return json.readTree(r.body().string()).get("token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One request; {@code body} null for none. The caller closes the response. */
    Response call(String method, String path, Optional<String> token, String body) throws IOException {
        Request.Builder b = new Request.Builder().url(base() + path).header("Accept", "application/json");
        token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
        RequestBody rb = body == null ? (method.equals("GET") || method.equals("DELETE") ? null
                : RequestBody.create(new byte[0], null)) : RequestBody.create(body, JSON);
        b.method(method, rb);
        return http.newCall(b.build()).execute();
    }

    /** A request as one role's caller. */
    Response as(Role role, String method, String path, String body) throws IOException {
        return call(method, path, Optional.of(token(role)), body);
    }

    JsonNode read(Response r) throws IOException {
        return json.readTree(r.body().string());
    }

    /** A check-in body for {@code kioskId} with a CCCD QR. */
    static String checkin(String kioskId) {
        return "{\"kioskId\":\"" + kioskId + "\",\"method\":\"QR\",\"code\":\"" + CCCD_QR + "\"}";
    }

    /** Checks in as kiosk-1 and returns the new ticket's id. */
    long checkIn() throws IOException {
        try (Response r = as(Role.KIOSK, "POST", "/api/v1/checkins", checkin(TestServer.KIOSK))) {
            if (r.code() != 201) {
                throw new AssertionError("check-in answered " + r.code() + ": " + r.body().string());
            }
            return read(r).at("/ticket/id").asLong();
        }
    }

    @Override
    public void close() {
        test.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
