package vn.tiepdon.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.tiepdon.core.access.Role;

/**
 * Hostile and clumsy requests: each gets a clear 4xx with an {@code ApiError} whose message names
 * the problem without Java or JSON-library internals, and nothing else happens (no gateway call).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {
    private static final List<String> INTERNALS = List.of("com.fasterxml", "jackson", "Jackson", "java.", "Exception",
            "vn.tiepdon", "`", "Cannot deserialize", "Unrecognized token");
    private AccessFixture f;

    @BeforeAll
    void start() {
        f = new AccessFixture();
    }

    @AfterAll
    void stop() {
        f.close();
    }

    @BeforeEach
    void forget() {
        f.asked.clear();
    }

    private JsonNode expect(Response r, int status, String code) throws IOException {
        String body = r.body().string();
        assertThat(r.code()).as(body).isEqualTo(status);
        JsonNode error = f.json.readTree(body);
        assertThat(error.get("error").asText()).isEqualTo(code);
        assertThat(error.get("patientMessage").asText()).isNotBlank();
        for (String internal : INTERNALS) {
            assertThat(error.get("message").asText()).as("message of " + code).doesNotContain(internal);
        }
        return error;
    }

    @Test
    void aHundredThousandCharacterKioskIdIsRefusedBeforeAnyLookup() throws IOException {
        String body = "{\"kioskId\":\"" + "k".repeat(100_000) + "\",\"method\":\"QR\",\"code\":\""
                + AccessFixture.CCCD_QR + "\"}";
        try (Response r = f.as(Role.ADMIN, "POST", "/api/v1/checkins", body)) {
            JsonNode e = expect(r, 400, "FIELD_TOO_LONG");
            assertThat(e.get("message").asText()).contains("kioskId").contains("64");
        }
        assertThat(f.asked).isEmpty();
    }

    @Test
    void aHundredThousandCharacterNameOnAChipIsRefusedBeforeAnyLookup() throws IOException {
        String body = "{\"kioskId\":\"kiosk-1\",\"method\":\"CHIP\",\"code\":\"079090001234\",\"chip\":{"
                + "\"idNumber\":\"079090001234\",\"fullName\":\"" + "Nguyễn ".repeat(15_000) + "\","
                + "\"dateOfBirth\":\"1990-08-15\",\"passiveAuth\":\"VALID\",\"access\":\"BAC\"}}";
        try (Response r = f.as(Role.KIOSK, "POST", "/api/v1/checkins", body)) {
            JsonNode e = expect(r, 400, "FIELD_TOO_LONG");
            assertThat(e.get("message").asText()).contains("chip.fullName");
        }
        assertThat(f.asked).isEmpty();
    }

    @Test
    void aHugeCodeIsRefused() throws IOException {
        String body = "{\"kioskId\":\"kiosk-1\",\"method\":\"QR\",\"code\":\"" + "7".repeat(50_000) + "\"}";
        try (Response r = f.as(Role.KIOSK, "POST", "/api/v1/checkins", body)) {
            expect(r, 400, "FIELD_TOO_LONG");
        }
        assertThat(f.asked).isEmpty();
    }

    @Test
    void aBodyLargerThanTheLimitIs413() throws IOException {
        String body = "{\"contentType\":\"image/jpeg\",\"image\":\"" + "A".repeat(600_000) + "\"}";
        long ticket = f.checkIn();
        try (Response r = f.as(Role.KIOSK, "PUT", "/api/v1/tickets/" + ticket + "/portrait", body)) {
            expect(r, 413, "BODY_TOO_LARGE");
        }
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() throws IOException {
        try (Response r = f.as(Role.KIOSK, "POST", "/api/v1/checkins", "{kioskId: kiosk-1")) {
            JsonNode e = expect(r, 400, "BAD_REQUEST");
            assertThat(e.get("message").asText()).contains("not valid JSON");
        }
        try (Response r = f.as(Role.KIOSK, "POST", "/api/v1/checkins", null)) {
            JsonNode e = expect(r, 400, "BAD_REQUEST");
            assertThat(e.get("message").asText()).contains("empty");
        }
        try (Response r = f.as(Role.KIOSK, "POST", "/api/v1/checkins", "[1,2,3]")) {
            expect(r, 400, "BAD_REQUEST");
        }
        try (Response r = f.as(Role.KIOSK, "POST", "/api/v1/checkins", "null")) {
            expect(r, 400, "BAD_REQUEST");
        }
        assertThat(f.asked).isEmpty();
    }

    @Test
    void aWrongEnumNamesTheFieldAndTheAllowedValues() throws IOException {
        try (Response r = f.as(Role.KIOSK, "POST", "/api/v1/checkins",
                "{\"kioskId\":\"kiosk-1\",\"method\":\"FAX\",\"code\":\"079090001234\"}")) {
            JsonNode e = expect(r, 400, "BAD_REQUEST");
            assertThat(e.get("message").asText()).contains("'method'").contains("CHIP, QR, TYPED");
        }
        try (Response r = f.as(Role.KIOSK, "POST", "/api/v1/checkins",
                "{\"kioskId\":\"kiosk-1\",\"method\":\"QR\",\"code\":{\"nested\":true}}")) {
            JsonNode e = expect(r, 400, "BAD_REQUEST");
            assertThat(e.get("message").asText()).contains("'code'");
        }
    }

    @Test
    void aMissingFieldIsNamed() throws IOException {
        try (Response r = f.as(Role.KIOSK, "POST", "/api/v1/checkins", "{\"kioskId\":\"kiosk-1\",\"method\":\"QR\"}")) {
            JsonNode e = expect(r, 400, "BAD_REQUEST");
            assertThat(e.get("message").asText()).contains("'code'").contains("required");
        }
    }

    @Test
    void aKioskTokenOnADeskVerbIs403() throws IOException {
        try (Response r = f.as(Role.KIOSK, "POST", "/api/v1/counters/1/next", null)) {
            JsonNode e = expect(r, 403, "FORBIDDEN");
            assertThat(e.get("message").asText()).contains("KIOSK");
        }
    }

    @Test
    void aKioskCannotCheckInAsAnotherKiosk() throws IOException {
        try (Response r = f.as(Role.KIOSK, "POST", "/api/v1/checkins", AccessFixture.checkin("kiosk-2"))) {
            expect(r, 403, "FORBIDDEN");
        }
        assertThat(f.asked).isEmpty();
    }

    @Test
    void aKioskCannotTouchThePortraitOfAnotherKiosksTicket() throws IOException {
        long ticket;
        try (Response r = f.as(Role.ADMIN, "POST", "/api/v1/checkins", AccessFixture.checkin("kiosk-2"))) {
            ticket = f.read(r).at("/ticket/id").asLong();
        }
        try (Response r = f.as(Role.KIOSK, "PUT", "/api/v1/tickets/" + ticket + "/portrait",
                "{\"contentType\":\"image/jpeg\",\"image\":\"/9g=\"}")) {
            expect(r, 403, "FORBIDDEN");
        }
    }

    @Test
    void unknownVerbsCountersAndRoutesAreJson404s() throws IOException {
        try (Response r = f.as(Role.RECEPTIONIST, "POST", "/api/v1/counters/1/dance", null)) {
            JsonNode e = expect(r, 404, "NOT_FOUND");
            assertThat(e.get("message").asText()).contains("next, recall, skip, finish");
        }
        try (Response r = f.as(Role.RECEPTIONIST, "POST", "/api/v1/counters/99/next", null)) {
            expect(r, 404, "UNKNOWN_COUNTER");
        }
        try (Response r = f.as(Role.ADMIN, "GET", "/api/v1/nothing-here", null)) {
            expect(r, 404, "NOT_FOUND");
        }
        try (Response r = f.as(Role.ADMIN, "PATCH", "/api/v1/checkins", "{}")) {
            assertThat(r.code()).isIn(404, 405);
            assertThat(f.read(r).get("error").asText()).isIn("NOT_FOUND", "METHOD_NOT_ALLOWED");
        }
        try (Response r = f.as(Role.RECEPTIONIST, "GET", "/api/v1/tickets/abc/portrait", null)) {
            expect(r, 400, "BAD_REQUEST");
        }
        try (Response r = f.as(Role.RECEPTIONIST, "GET", "/api/v1/tickets?status=LOST", null)) {
            expect(r, 400, "BAD_REQUEST");
        }
        try (Response r = f.as(Role.ADMIN, "GET", "/api/v1/stats/lookups?from=yesterday", null)) {
            expect(r, 400, "BAD_REQUEST");
        }
    }

    @Test
    void anAuthorizationHeaderThatIsNotBearerIsNoToken() throws IOException {
        Request request = new Request.Builder().url(f.base() + "/api/v1/setup")
                .header("Authorization", "Basic YWRtaW46YWRtaW4=").build();
        try (Response r = f.http.newCall(request).execute()) {
            expect(r, 401, "UNAUTHENTICATED");
        }
        try (Response r = f.call("GET", "/api/v1/setup", Optional.of("x".repeat(5_000)), null)) {
            expect(r, 401, "UNAUTHENTICATED");
        }
    }

    @Test
    void aLoginWithAHugePasswordIsRefusedWithoutHashingIt() throws IOException {
        try (Response r = f.call("POST", "/api/v1/sessions", Optional.empty(),
                "{\"user\":\"lan\",\"password\":\"" + "p".repeat(100_000) + "\"}")) {
            expect(r, 400, "FIELD_TOO_LONG");
        }
    }

    @Test
    void theUnrecognisedCodeAnswerIs422() throws IOException {
        try (Response r = f.as(Role.KIOSK, "POST", "/api/v1/checkins",
                "{\"kioskId\":\"kiosk-1\",\"method\":\"QR\",\"code\":\"hello\"}")) {
            expect(r, 422, "UNRECOGNISED_CODE");
        }
        assertThat(f.asked).isEmpty();
    }

    @Test
    void aPutWithAWrongContentTypeInTheBodyIs400() throws IOException {
        long ticket = f.checkIn();
        try (Response r = f.as(Role.KIOSK, "PUT", "/api/v1/tickets/" + ticket + "/portrait",
                "{\"contentType\":\"text/html\",\"image\":\"PGgxPg==\"}")) {
            JsonNode e = expect(r, 400, "BAD_REQUEST");
            assertThat(e.get("message").asText()).contains("image/jpeg");
        }
        RequestBody raw = RequestBody.create("x".getBytes(), null);
        Request request = new Request.Builder().url(f.base() + "/api/v1/tickets/" + ticket + "/portrait")
                .header("Authorization", "Bearer " + f.token(Role.KIOSK)).put(raw).build();
        try (Response r = f.http.newCall(request).execute()) {
            expect(r, 400, "BAD_REQUEST");
        }
    }
}
