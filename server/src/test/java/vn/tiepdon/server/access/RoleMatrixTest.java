package vn.tiepdon.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import vn.tiepdon.core.access.Role;

/**
 * Every endpoint × every kind of caller: no token, a wrong token, a revoked device token, and each
 * role. Without a valid token: 401 {@code UNAUTHENTICATED}; a role the route does not allow: 403
 * {@code FORBIDDEN}; an allowed role gets past the guard (its own answer, never 401/403).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {
    private static final Set<Role> PEOPLE = EnumSet.of(Role.ADMIN, Role.RECEPTIONIST);
    private static final String JPEG = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2});
    private final AtomicInteger serial = new AtomicInteger();
    private AccessFixture f;
    private String revokedKioskToken;
    private long kioskTicket;
    private long kioskLookup;

    /** One route: how to call it as a role (path, body, token), and the roles it allows besides admin. */
    private record Route(String method, String pattern, Set<Role> allowed, boolean sse,
                         BiFunction<RoleMatrixTest, Role, Call> call) {
        String name() {
            return method + " " + pattern;
        }
    }

    private record Call(String path, String body, Optional<String> tokenOverride) {
        static Call of(String path, String body) {
            return new Call(path, body, Optional.empty());
        }
    }

    @BeforeAll
    void start() throws IOException {
        f = new AccessFixture();
        revokedKioskToken = f.server().access().registerDevice("kiosk-old", Role.KIOSK);
        f.server().access().revokeDevice("kiosk-old");
        kioskTicket = f.checkIn();
        try (Response r = f.as(Role.KIOSK, "POST", "/api/v1/checkins", AccessFixture.checkin("kiosk-1"))) {
            kioskLookup = f.read(r).at("/lookup/id").asLong();
        }
    }

    @AfterAll
    void stop() {
        f.close();
    }

    private List<Route> routes() {
        Set<Role> receptionist = EnumSet.of(Role.ADMIN, Role.RECEPTIONIST);
        Set<Role> admin = EnumSet.of(Role.ADMIN);
        List<Route> routes = new ArrayList<>();
        routes.add(new Route("GET", "/api/v1/setup", EnumSet.allOf(Role.class), false,
                (t, r) -> Call.of("/api/v1/setup", null)));
        routes.add(new Route("POST", "/api/v1/checkins", EnumSet.of(Role.ADMIN, Role.KIOSK), false,
                (t, r) -> Call.of("/api/v1/checkins", AccessFixture.checkin("kiosk-1"))));
        routes.add(new Route("GET", "/api/v1/tickets", receptionist, false,
                (t, r) -> Call.of("/api/v1/tickets?status=WAITING", null)));
        for (String verb : List.of("next", "recall", "skip", "finish", "postpone")) {
            routes.add(new Route("POST", "/api/v1/counters/{id}/" + verb, receptionist, false,
                    (t, r) -> Call.of("/api/v1/counters/1/" + verb, null)));
        }
        for (String verb : List.of("pause", "resume")) {
            routes.add(new Route("POST", "/api/v1/counters/{id}/" + verb, receptionist, false,
                    (t, r) -> Call.of("/api/v1/counters/2/" + verb, null)));
        }
        routes.add(new Route("POST", "/api/v1/counters/{id}/call", receptionist, false,
                (t, r) -> Call.of("/api/v1/counters/1/call", "{\"number\":\"A001\"}")));
        routes.add(new Route("GET", "/api/v1/counters", EnumSet.allOf(Role.class), false,
                (t, r) -> Call.of("/api/v1/counters", null)));
        routes.add(new Route("POST", "/api/v1/tickets/{id}/transfer", receptionist, false,
                (t, r) -> Call.of("/api/v1/tickets/" + t.kioskTicket + "/transfer",
                        "{\"queueId\":\"service\",\"note\":\"x\"}")));
        // a ticket's status (no personal data): the kiosk shows it when a patient scans their slip
        routes.add(new Route("GET", "/api/v1/ticket-status/{day}/{number}",
                EnumSet.of(Role.ADMIN, Role.RECEPTIONIST, Role.KIOSK), false,
                (t, r) -> Call.of("/api/v1/ticket-status/" + java.time.LocalDate.now(t.f.clock.withZone(
                        java.time.ZoneId.of("Asia/Ho_Chi_Minh"))) + "/A001", null)));
        // the patient's fee-paying choice: the kiosk that issued the ticket, and the desk
        routes.add(new Route("POST", "/api/v1/tickets/{id}/fee-paying",
                EnumSet.of(Role.ADMIN, Role.RECEPTIONIST, Role.KIOSK), false,
                (t, r) -> Call.of("/api/v1/tickets/" + t.kioskTicket + "/fee-paying", null)));
        routes.add(new Route("POST", "/api/v1/tickets/{id}/return", receptionist, false,
                (t, r) -> Call.of("/api/v1/tickets/" + t.kioskTicket + "/return", "{\"position\":\"PLACE\"}")));
        routes.add(new Route("POST", "/api/v1/tickets/{id}/restore", receptionist, false,
                (t, r) -> Call.of("/api/v1/tickets/" + t.kioskTicket + "/restore", null)));
        routes.add(new Route("GET", "/api/v1/lookups", receptionist, false,
                (t, r) -> Call.of("/api/v1/lookups", null)));
        // the lookup succeeded: an allowed caller gets past the guard to 409 NOTHING_TO_FIX
        routes.add(new Route("POST", "/api/v1/lookups/{id}/override", receptionist, false,
                (t, r) -> Call.of("/api/v1/lookups/" + t.kioskLookup + "/override",
                        "{\"action\":\"FEE_PAYING\",\"reason\":\"x\"}")));
        routes.add(new Route("GET", "/api/v1/lookups/{id}/audit", receptionist, false,
                (t, r) -> Call.of("/api/v1/lookups/" + t.kioskLookup + "/audit", null)));
        routes.add(new Route("GET", "/api/v1/lookups/{id}/attempts", admin, false,
                (t, r) -> Call.of("/api/v1/lookups/" + t.kioskLookup + "/attempts", null)));
        // the proof of a failed lookup: this one succeeded, so an allowed caller gets 409 NOTHING_TO_PROVE
        routes.add(new Route("GET", "/api/v1/lookups/{id}/proof", receptionist, false,
                (t, r) -> Call.of("/api/v1/lookups/" + t.kioskLookup + "/proof", null)));
        routes.add(new Route("GET", "/api/v1/gateway", admin, false, (t, r) -> Call.of("/api/v1/gateway", null)));
        routes.add(new Route("GET", "/api/v1/gateway/notice", receptionist, false,
                (t, r) -> Call.of("/api/v1/gateway/notice", null)));
        routes.add(new Route("POST", "/api/v1/gateway/resume", admin, false,
                (t, r) -> Call.of("/api/v1/gateway/resume", null)));
        routes.add(new Route("GET", "/api/v1/gateway/health", admin, false,
                (t, r) -> Call.of("/api/v1/gateway/health", null)));
        // the visit history asks the gateway: people only (here no gateway: an answer saying so)
        routes.add(new Route("GET", "/api/v1/lookups/{id}/history", receptionist, false,
                (t, r) -> Call.of("/api/v1/lookups/" + t.kioskLookup + "/history", null)));
        routes.add(new Route("GET", "/api/v1/stats/lookups", admin, false,
                (t, r) -> Call.of("/api/v1/stats/lookups", null)));
        routes.add(new Route("GET", "/api/v1/reports/failed-lookups", admin, false,
                (t, r) -> Call.of("/api/v1/reports/failed-lookups?from=2026-11-01&to=2026-11-30&format=csv", null)));
        routes.add(new Route("POST", "/api/v1/reports/failed-lookups/sent", admin, false,
                (t, r) -> Call.of("/api/v1/reports/failed-lookups/sent",
                        "{\"from\":\"2026-11-01\",\"to\":\"2026-11-30\",\"sentOn\":\"2026-12-01\"}")));
        routes.add(new Route("GET", "/api/v1/stats/queues", admin, false,
                (t, r) -> Call.of("/api/v1/stats/queues?from=2026-11-01&to=2026-11-30", null)));
        routes.add(new Route("PUT", "/api/v1/tickets/{id}/portrait", EnumSet.of(Role.ADMIN, Role.KIOSK), false,
                (t, r) -> Call.of("/api/v1/tickets/" + t.kioskTicket + "/portrait",
                        "{\"contentType\":\"image/jpeg\",\"image\":\"" + JPEG + "\"}")));
        routes.add(new Route("GET", "/api/v1/tickets/{id}/portrait", receptionist, false,
                (t, r) -> Call.of("/api/v1/tickets/" + t.kioskTicket + "/portrait", null)));
        routes.add(new Route("GET", "/api/v1/events", receptionist, true,
                (t, r) -> Call.of("/api/v1/events", null)));
        routes.add(new Route("GET", "/api/v1/events/hall", EnumSet.of(Role.ADMIN, Role.RECEPTIONIST, Role.DISPLAY),
                true, (t, r) -> Call.of("/api/v1/events/hall", null)));
        // logging out ends the session: a person logs in afresh for it
        routes.add(new Route("DELETE", "/api/v1/sessions", receptionist, false,
                (t, r) -> new Call("/api/v1/sessions", null, PEOPLE.contains(r) ? Optional.of(t.freshSession(r))
                        : Optional.empty())));
        routes.add(new Route("POST", "/api/v1/users", admin, false,
                (t, r) -> Call.of("/api/v1/users", "{\"user\":\"u" + t.serial.incrementAndGet()
                        + "\",\"password\":\"long-enough-1\",\"role\":\"RECEPTIONIST\"}")));
        routes.add(new Route("GET", "/api/v1/users", admin, false, (t, r) -> Call.of("/api/v1/users", null)));
        routes.add(new Route("DELETE", "/api/v1/users/{user}", admin, false,
                (t, r) -> Call.of("/api/v1/users/" + t.throwawayUser(), null)));
        routes.add(new Route("POST", "/api/v1/devices", admin, false,
                (t, r) -> Call.of("/api/v1/devices", "{\"id\":\"d" + t.serial.incrementAndGet()
                        + "\",\"role\":\"DISPLAY\"}")));
        routes.add(new Route("GET", "/api/v1/devices", admin, false, (t, r) -> Call.of("/api/v1/devices", null)));
        routes.add(new Route("DELETE", "/api/v1/devices/{id}", admin, false,
                (t, r) -> Call.of("/api/v1/devices/" + t.throwawayDevice(), null)));
        return routes;
    }

    private String freshSession(Role role) {
        return role == Role.ADMIN ? f.login(AccessService.BOOTSTRAP_ADMIN, AccessFixture.ADMIN_PASSWORD)
                : f.login(AccessFixture.RECEPTIONIST, AccessFixture.RECEPTIONIST_PASSWORD);
    }

    private String throwawayUser() {
        String name = "gone" + serial.incrementAndGet();
        f.server().access().createUser(name, "long-enough-1", Role.RECEPTIONIST);
        return name;
    }

    private String throwawayDevice() {
        String id = "gone" + serial.incrementAndGet();
        f.server().access().registerDevice(id, Role.KIOSK);
        return id;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsTheMatrixSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes()) {
            tests.add(DynamicTest.dynamicTest(route.name() + " without a token: 401",
                    () -> expectRefused(route, Optional.empty(), null, 401, "UNAUTHENTICATED")));
            tests.add(DynamicTest.dynamicTest(route.name() + " with a wrong token: 401",
                    () -> expectRefused(route, Optional.of("tdd_not-a-real-token"), null, 401, "UNAUTHENTICATED")));
            tests.add(DynamicTest.dynamicTest(route.name() + " with a revoked kiosk token: 401",
                    () -> expectRefused(route, Optional.of(revokedKioskToken), null, 401, "UNAUTHENTICATED")));
            for (Role role : Role.values()) {
                if (route.allowed().contains(role)) {
                    tests.add(DynamicTest.dynamicTest(route.name() + " as " + role + ": allowed",
                            () -> expectAllowed(route, role)));
                } else {
                    tests.add(DynamicTest.dynamicTest(route.name() + " as " + role + ": 403",
                            () -> expectRefused(route, Optional.of(f.token(role)), role, 403, "FORBIDDEN")));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> healthAndLoginNeedNoToken() {
        return Stream.of(
                DynamicTest.dynamicTest("GET /api/v1/health", () -> {
                    try (Response r = f.call("GET", "/api/v1/health", Optional.empty(), null)) {
                        assertThat(r.code()).isEqualTo(200);
                        assertThat(f.read(r).get("status").asText()).isEqualTo("UP");
                    }
                }),
                DynamicTest.dynamicTest("POST /api/v1/sessions", () -> {
                    try (Response r = f.call("POST", "/api/v1/sessions", Optional.empty(),
                            "{\"user\":\"lan\",\"password\":\"" + AccessFixture.RECEPTIONIST_PASSWORD + "\"}")) {
                        assertThat(r.code()).isEqualTo(201);
                    }
                }));
    }

    private void expectRefused(Route route, Optional<String> token, Role role, int status, String code)
            throws IOException {
        Call call = route.call().apply(this, role == null ? Role.ADMIN : role);
        try (Response r = f.call(route.method(), call.path(), token, call.body())) {
            assertThat(r.code()).as(route.name()).isEqualTo(status);
            JsonNode error = f.read(r);
            assertThat(error.get("error").asText()).isEqualTo(code);
            assertThat(error.get("message").asText()).isNotBlank();
            assertThat(error.get("patientMessage").asText()).isNotBlank();
        }
    }

    private void expectAllowed(Route route, Role role) throws IOException {
        Call call = route.call().apply(this, role);
        String token = call.tokenOverride().orElse(f.token(role));
        if (route.sse()) {
            Request request = new Request.Builder().url(f.base() + call.path())
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build();
            try (Response r = f.http.newCall(request).execute()) {
                assertThat(r.code()).as(route.name() + " as " + role).isEqualTo(200);
                assertThat(r.header("Content-Type")).startsWith("text/event-stream");
            }
            return;
        }
        try (Response r = f.call(route.method(), call.path(), Optional.of(token), call.body())) {
            String body = r.body().string();
            assertThat(r.code()).as(route.name() + " as " + role + ": " + body).isIn(200, 201, 204, 404, 409);
            if (r.code() == 404 || r.code() == 409) {
                // only "nothing there" or "not in that state" answers, never an unknown route
                assertThat(body).containsAnyOf("NO_PORTRAIT", "UNKNOWN_TICKET", "WRONG_STATE", "COUNTER_PAUSED",
                        "NOTHING_TO_FIX", "CHOICE_EXPIRED", "NOTHING_TO_PROVE");
            }
        }
    }
}
