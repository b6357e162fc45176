package vn.tiepdon.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.AuditEntry;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;

/** Every endpoint against a real local HTTP server: what is sent and how the answer is read. */
class HttpReceptionClientTest extends AgainstMockServer {
    @Test
    void readsTheSetup() throws Exception {
        server.enqueue(answer(200, Samples.setup()));

        assertThat(client.setup()).isEqualTo(Samples.setup());

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/api/v1/setup");
        assertThat(request.getHeader("Authorization")).isNull();
    }

    @Test
    void postsACheckinWithItsOptionalsAndReadsTheTicket() throws Exception {
        server.enqueue(answer(201, Samples.checkinResponse()));

        CheckinResponse response = client.checkIn(Samples.fullCheckin());

        assertThat(response).isEqualTo(Samples.checkinResponse());
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/api/v1/checkins");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(json.readTree(request.getBody().readUtf8())).isEqualTo(json.readTree("""
                {"kioskId":"kiosk-1","method":"TYPED","code":"079012345678","birthYear":1980,"queueId":"bhyt"}"""));
    }

    @Test
    void postsACheckinWithoutAbsentOptionals() throws Exception {
        server.enqueue(answer(201, Samples.checkinResponse()));

        client.checkIn(Samples.bareCheckin());

        assertThat(json.readTree(taken().getBody().readUtf8())).isEqualTo(json.readTree("""
                {"kioskId":"kiosk-1","method":"QR","code":"DN4797912345678|..."}"""));
    }

    @Test
    void listsTodaysTicketsWithoutAStatusFilter() throws Exception {
        List<TicketView> tickets = List.of(Samples.waitingTicket(1, "A001"), Samples.calledTicket());
        server.enqueue(answer(200, tickets));

        assertThat(client.tickets(Optional.empty())).isEqualTo(tickets);

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/api/v1/tickets");
    }

    @Test
    void filtersTicketsByTheStatusName() throws Exception {
        server.enqueue(answer(200, List.of(Samples.waitingTicket(1, "A001"))));

        assertThat(client.tickets(Optional.of(TicketStatus.WAITING))).hasSize(1);

        assertThat(taken().getPath()).isEqualTo("/api/v1/tickets?status=WAITING");
    }

    static Stream<Arguments> counterVerbs() {
        return Stream.of(Arguments.of(CounterVerb.NEXT, "next"), Arguments.of(CounterVerb.RECALL, "recall"),
                Arguments.of(CounterVerb.SKIP, "skip"), Arguments.of(CounterVerb.FINISH, "finish"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counterVerbs")
    void postsACounterVerbAndReadsTheTicket(CounterVerb verb, String path) throws Exception {
        server.enqueue(answer(200, Samples.calledTicket()));

        assertThat(client.counter(verb, "c1")).contains(Samples.calledTicket());

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/api/v1/counters/c1/" + path);
        assertThat(request.getBodySize()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counterVerbs")
    void readsNoContentAsNoTicket(CounterVerb verb, String path) {
        server.enqueue(new MockResponse().setResponseCode(204));

        assertThat(client.counter(verb, "c1")).isEmpty();
    }

    @Test
    void encodesTheCounterIdAsOnePathSegment() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(204));

        client.counter(CounterVerb.NEXT, "quầy 1/a");

        assertThat(taken().getPath()).isEqualTo("/api/v1/counters/qu%E1%BA%A7y%201%2Fa/next");
    }

    @Test
    void postsALookupOverrideWithOnlyTheCorrectedValuesAndReadsTheTicket() throws Exception {
        server.enqueue(answer(200, Samples.calledTicket()));

        TicketView answer = client.override(17, new LookupOverride(LookupOverride.Action.RERUN,
                "tên in sai trên thẻ", Optional.of("Trần Thị Bình"), Optional.empty(), Optional.empty(),
                Optional.of("1985-03-07")));

        assertThat(answer).isEqualTo(Samples.calledTicket());
        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/api/v1/lookups/17/override");
        assertThat(json.readTree(request.getBody().readUtf8())).isEqualTo(json.readTree("""
                {"action":"RERUN","reason":"tên in sai trên thẻ","fullName":"Trần Thị Bình",
                 "dateOfBirth":"1985-03-07"}"""));
    }

    @Test
    void overrideRefusedByTheServerThrowsItsError() {
        server.enqueue(new MockResponse().setResponseCode(409).setHeader("Content-Type", "application/json")
                .setBody("{\"error\":\"NOTHING_TO_FIX\",\"message\":\"lookup 17 succeeded\","
                        + "\"patientMessage\":\"x\"}"));

        assertThatThrownBy(() -> client.override(17, new LookupOverride(LookupOverride.Action.FEE_PAYING, "tự trả",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.error()).map(ApiError::error).contains(ErrorCode.NOTHING_TO_FIX);
                });
    }

    @Test
    void readsTheAuditOfALookup() throws Exception {
        List<AuditEntry> audit = List.of(new AuditEntry(1, 17, Samples.AT, "user:lan",
                LookupOverride.Action.ACCEPT_PAPER_CARD, "thẻ giấy còn hạn", Optional.of("DN47*******678")));
        server.enqueue(answer(200, audit));

        assertThat(client.lookupAudit(17)).isEqualTo(audit);

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/api/v1/lookups/17/audit");
    }

    @Test
    void asksLookupSuccessForAPeriod() throws Exception {
        server.enqueue(answer(200, Samples.stats()));

        assertThat(client.lookupSuccess(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).isEqualTo(Samples.stats());

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/api/v1/stats/lookups?from=2026-11-01&to=2026-11-30");
    }

    @Test
    void listsTheLookupsOfADay() throws Exception {
        List<LookupView> lookups = List.of(Samples.lookup(), Samples.failedLookup());
        server.enqueue(answer(200, lookups));

        assertThat(client.lookups(LocalDate.of(2026, 11, 22), false)).isEqualTo(lookups);

        assertThat(taken().getPath()).isEqualTo("/api/v1/lookups?date=2026-11-22");
    }

    @Test
    void listsOnlyTheFailedLookupsWhenAsked() throws Exception {
        server.enqueue(answer(200, List.of(Samples.failedLookup())));

        assertThat(client.lookups(LocalDate.of(2026, 11, 22), true)).containsExactly(Samples.failedLookup());

        assertThat(taken().getPath()).isEqualTo("/api/v1/lookups?date=2026-11-22&failed=true");
    }

    @Test
    void postsAnOverrideAndReadsTheUpdatedTicket() throws Exception {
        TicketView fixed = new TicketView(3, "A003", "bhyt", "Khám BHYT", TicketStatus.WAITING, Samples.AT,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("Nguyễn Văn An"),
                Optional.of(Samples.rerunLookup()));
        server.enqueue(answer(200, fixed));

        assertThat(client.override(8, Samples.rerunRequest())).isEqualTo(fixed);

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo("/api/v1/lookups/8/override");
        assertThat(json.readTree(request.getBody().readUtf8())).isEqualTo(json.readTree("""
                {"action":"RERUN","reason":"Sai số CCCD","fullName":"Nguyễn Văn An","idNumber":"001085012345",
                 "dateOfBirth":"1985-03-02"}"""));
    }

    @Test
    void anOverrideRefusedComesBackWithItsCode() throws Exception {
        server.enqueue(answer(409, new ApiError(ErrorCode.NOTHING_TO_FIX,
                "lookup 8 succeeded (ELIGIBLE): nothing to fix", "Tra cứu này không cần sửa.")));

        assertThatThrownBy(() -> client.override(8, Samples.rerunRequest())).isInstanceOfSatisfying(
                ApiException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.error().orElseThrow().error()).isEqualTo(ErrorCode.NOTHING_TO_FIX);
                });
    }

    @Test
    void readsTheHealthStatus() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"status\":\"UP\"}"));

        assertThat(client.health()).isEqualTo("UP");

        assertThat(taken().getPath()).isEqualTo("/api/v1/health");
    }

    @Test
    void keepsTheContextPathOfABaseUrl() throws Exception {
        server.enqueue(answer(200, Samples.setup()));
        try (HttpReceptionClient behindProxy = HttpReceptionClient.create(server.url("/tiepdon/").toString())) {
            behindProxy.setup();
        }

        assertThat(taken().getPath()).isEqualTo("/tiepdon/api/v1/setup");
    }

    @Test
    void sendsTheDeviceTokenWhenConfigured() throws Exception {
        server.enqueue(answer(200, Samples.setup()));
        server.enqueue(new MockResponse().setResponseCode(204));
        try (HttpReceptionClient kiosk = new HttpReceptionClient(List.of(server.url("/").toString()),
                Optional.of("kiosk-1-secret"), Duration.ofSeconds(10))) {
            kiosk.setup();
            kiosk.counter(CounterVerb.FINISH, "c1");
        }

        assertThat(taken().getHeader("Authorization")).isEqualTo("Bearer kiosk-1-secret");
        assertThat(taken().getHeader("Authorization")).isEqualTo("Bearer kiosk-1-secret");
    }

    @Test
    void givesEventStreamsAReadTimeoutThatOutlastsThePingsButNoCallTimeout() {
        OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();

        OkHttpClient events = HttpReceptionClient.eventClientOf(http);

        assertThat(events.readTimeoutMillis()).isEqualTo(60_000);
        assertThat(events.callTimeoutMillis()).isZero();
        assertThat(events.dispatcher()).isSameAs(http.dispatcher());
        assertThat(events.connectionPool()).isSameAs(http.connectionPool());
    }

    @Test
    void refusesCallsAndSubscriptionsOnceClosed() {
        client.close();

        assertThatThrownBy(client::setup).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> client.subscribe(0, event -> { })).isInstanceOf(IllegalStateException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void asksTheVisitHistoryOfALookupAndReadsIt() throws Exception {
        server.enqueue(answer(200, Samples.visitHistory()));

        assertThat(client.visitHistory(7)).isEqualTo(Samples.visitHistory());

        RecordedRequest request = taken();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/api/v1/lookups/7/history");
    }

    @Test
    void waitsForTheVisitHistoryLongerThanTheCallTimeout() throws Exception {
        server.enqueue(answer(200, Samples.visitHistory())
                .setHeadersDelay(1500, java.util.concurrent.TimeUnit.MILLISECONDS));

        try (HttpReceptionClient shortCalls = new HttpReceptionClient(List.of(server.url("/").toString()),
                Optional.empty(), Duration.ofMillis(500))) {
            assertThat(shortCalls.visitHistory(7).visits()).hasSize(2);
        }
    }

    @Test
    void readsAnUnknownLookupAsItsApiError() throws Exception {
        server.enqueue(answer(404, new ApiError(ErrorCode.UNKNOWN_LOOKUP, "no lookup 99", "Không tìm thấy")));

        assertThatThrownBy(() -> client.visitHistory(99)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.error().map(ApiError::error)).contains(ErrorCode.UNKNOWN_LOOKUP));
    }

    @Test
    void implementsEveryCallOfTheApiItselfNoneIsLeftToTheInterfacesDefault() {
        for (java.lang.reflect.Method m : ReceptionApi.class.getMethods()) {
            if (java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            try {
                org.assertj.core.api.Assertions.assertThat(HttpReceptionClient.class.getMethod(m.getName(),
                        m.getParameterTypes()).getDeclaringClass()).as(m.getName()).isEqualTo(HttpReceptionClient.class);
            } catch (NoSuchMethodException e) {
                throw new AssertionError(m.getName(), e);
            }
        }
    }
}
