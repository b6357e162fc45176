package vn.tiepdon.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.stats.Durations;
import vn.tiepdon.core.stats.QueueMeasures;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.TestServer;
import vn.tiepdon.server.TestSetups;

/** {@code GET /api/v1/stats/queues}: its JSON, its refusals, and the client's {@code queueStats} against it. */
class QueueStatsApiTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    final ObjectMapper json = new ObjectMapper();
    MutableClock clock;
    TestServer server;
    QueueSimulation sim;

    @BeforeEach
    void start() {
        clock = TestSetups.clock();
        server = TestServer.builder().clock(clock).start();
        sim = new QueueSimulation(server.server(), clock, QueueStatisticsTest.ZONE, 3);
        // 08:00 A001, 08:02 B001; counter 2 calls A001 at 08:05, finishes it at 08:09:30; B001 is called
        // at 08:10 and skipped at 08:11
        sim.at(DAY, LocalTime.of(8, 0));
        sim.issue("bhyt", DAY);
        sim.advanceSeconds(120);
        sim.issue("service", DAY);
        sim.at(DAY, LocalTime.of(8, 5));
        sim.verb(CounterVerb.NEXT, "2");
        sim.at(DAY, LocalTime.of(8, 9, 30));
        sim.verb(CounterVerb.FINISH, "2");
        sim.at(DAY, LocalTime.of(8, 10));
        sim.verb(CounterVerb.NEXT, "2");
        sim.at(DAY, LocalTime.of(8, 11));
        sim.verb(CounterVerb.SKIP, "2");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Response get(Role role, String pathAndQuery) throws IOException {
        return http.newCall(server.request(role, pathAndQuery).header("Accept", "application/json").build())
                .execute();
    }

    @Test
    void answersTheFiguresAsJson() throws IOException {
        try (Response r = get(Role.ADMIN, "/api/v1/stats/queues?from=2026-11-23&to=2026-11-23")) {
            String text = r.body().string();
            assertThat(r.code()).as(text).isEqualTo(200);
            JsonNode body = json.readTree(text);
            assertThat(body.get("from").asText()).isEqualTo("2026-11-23");
            assertThat(body.get("to").asText()).isEqualTo("2026-11-23");
            JsonNode all = body.get("all");
            assertThat(all.get("tickets").asLong()).isEqualTo(2);
            assertThat(all.get("served").asLong()).isEqualTo(1);
            assertThat(all.get("noShows").asLong()).isEqualTo(1);
            assertThat(all.get("notServed").asLong()).isZero();
            // waits 300 s (A001) and 480 s (B001); A001 served in 270 s
            assertThat(json.writeValueAsString(all.get("waiting")))
                    .isEqualTo("{\"count\":2,\"medianSeconds\":300,\"p90Seconds\":480}");
            assertThat(json.writeValueAsString(all.get("service")))
                    .isEqualTo("{\"count\":1,\"medianSeconds\":270,\"p90Seconds\":270}");
            assertThat(body.get("byQueue").fieldNames()).toIterable().containsExactly("bhyt", "service");
            assertThat(body.get("byCounter").fieldNames()).toIterable().containsExactly("2");
            assertThat(body.get("byHour").fieldNames()).toIterable().containsExactly("8");
            assertThat(body.at("/byQueue/service/noShows").asLong()).isEqualTo(1);
        }
    }

    @Test
    void theClientReadsTheSameFiguresAsTheServerComputes() {
        QueueStats overHttp = server.admin().queueStats(DAY, DAY.plusDays(1));
        assertThat(overHttp).isEqualTo(new QueueStatistics(server.server().database(), QueueStatisticsTest.ZONE)
                .between(DAY, DAY.plusDays(1)));
        assertThat(overHttp).isEqualTo(sim.expected(DAY, DAY.plusDays(1)));
        assertThat(overHttp.all()).isEqualTo(new QueueMeasures(2, 1, 1, 0, new Durations(2, 300, 480),
                new Durations(1, 270, 270)));
        assertThat(server.admin().queueStats(DAY.minusDays(3), DAY.minusDays(1)).all()).isEqualTo(QueueMeasures.NONE);
    }

    @Test
    void withoutDatesItIsTodaysFigures() throws IOException {
        try (Response r = get(Role.ADMIN, "/api/v1/stats/queues")) {
            JsonNode body = json.readTree(r.body().string());
            assertThat(r.code()).isEqualTo(200);
            assertThat(body.get("from").asText()).isEqualTo("2026-11-23");
            assertThat(body.get("to").asText()).isEqualTo("2026-11-23");
            assertThat(body.at("/all/tickets").asLong()).isEqualTo(2);
        }
    }

    @Test
    void refusesBadDatesWithAClearMessage() throws IOException {
        expect400("/api/v1/stats/queues?from=23-11-2026&to=2026-11-23",
                "'from' must be a date as yyyy-MM-dd, got '23-11-2026'");
        expect400("/api/v1/stats/queues?from=2026-11-23&to=2026-02-30",
                "'to' must be a date as yyyy-MM-dd, got '2026-02-30'");
        expect400("/api/v1/stats/queues?from=2026-11-23&to=2026-11-22",
                "'from' (2026-11-23) is after 'to' (2026-11-22)");
        expect400("/api/v1/stats/queues?from=2025-01-01&to=2026-11-23",
                "the range 2025-01-01..2026-11-23 has 692 days; at most 366 at once");
    }

    private void expect400(String path, String message) throws IOException {
        try (Response r = get(Role.ADMIN, path)) {
            String text = r.body().string();
            assertThat(r.code()).as(text).isEqualTo(400);
            JsonNode body = json.readTree(text);
            assertThat(body.get("error").asText()).isEqualTo("BAD_REQUEST");
            assertThat(body.get("message").asText()).isEqualTo(message);
        }
    }

    @Test
    void onlyAnAdminMayAsk() {
        try {
            server.receptionist().queueStats(DAY, DAY);
        } catch (ApiException e) {
            assertThat(e.error().orElseThrow().error()).isEqualTo(ErrorCode.FORBIDDEN);
            return;
        }
        throw new AssertionError("a receptionist got the queue statistics");
    }
}
