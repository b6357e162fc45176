package vn.tiepdon.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.server.TestServer;

/** {@code GET /api/v1/ticket-status/{day}/{number}}: a ticket's status for the kiosk, without personal data. */
class TicketStatusApiTest {
    private AccessFixture f;

    @BeforeEach
    void start() {
        f = new AccessFixture();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void theKioskSeesWhereAScannedTicketStandsWithoutPersonalData() throws IOException {
        String day;
        String first;
        try (Response r = f.as(Role.KIOSK, "POST", "/api/v1/checkins", AccessFixture.checkin(TestServer.KIOSK))) {
            JsonNode j = f.read(r);
            first = j.at("/ticket/number").asText();
            day = j.at("/ticket/issuedAt").asText().substring(0, 10);
        }
        String second = first;
        // the issue instant is UTC; the service day is the hospital's: ask the server for both candidates
        JsonNode status = statusOf(day, second);
        if (status == null) {
            status = statusOf(java.time.LocalDate.parse(day).plusDays(1).toString(), second);
        }
        assertThat(status).isNotNull();
        assertThat(status.get("number").asText()).isEqualTo(second);
        assertThat(status.get("status").asText()).isEqualTo("WAITING");
        assertThat(status.get("waitingAhead").asInt()).isZero();
        assertThat(status.get("queueName").asText()).isNotBlank();
        assertThat(status.toString()).doesNotContain("patientName").doesNotContain("lookup")
                .doesNotContain("079").doesNotContain("kioskId");
    }

    private JsonNode statusOf(String day, String number) throws IOException {
        try (Response r = f.as(Role.KIOSK, "GET", "/api/v1/ticket-status/" + day + "/" + number, null)) {
            return r.code() == 200 ? f.read(r) : null;
        }
    }

    @Test
    void refusesABadDayOrNumberAndSaysWhenThereIsNoSuchTicket() throws IOException {
        try (Response r = f.as(Role.KIOSK, "GET", "/api/v1/ticket-status/2026-02-30/A001", null)) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.body().string()).contains("yyyy-MM-dd");
        }
        try (Response r = f.as(Role.KIOSK, "GET", "/api/v1/ticket-status/2026-03-14/a1", null)) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(r.body().string()).contains("A012");
        }
        try (Response r = f.as(Role.KIOSK, "GET", "/api/v1/ticket-status/2001-01-01/A001", null)) {
            assertThat(r.code()).isEqualTo(404);
            assertThat(r.body().string()).contains("UNKNOWN_TICKET");
        }
    }
}
