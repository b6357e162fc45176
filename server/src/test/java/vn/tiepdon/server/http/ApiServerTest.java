package vn.tiepdon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.server.TestServer;

/** The whole server over real HTTP, with the eligibility port answered by the test. */
class ApiServerTest {
    static final String CCCD_QR = "079090001234||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, Phường Bến Nghé, TP Hồ Chí Minh|20042021";
    static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    final JsonMapper json = ApiJson.create();
    final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(20)).build();
    final AtomicReference<LookupOutcome> nextOutcome = new AtomicReference<>();
    final List<LookupRequest> asked = new ArrayList<>();
    TestServer server;

    @BeforeEach
    void start() {
        nextOutcome.set(new LookupOutcome.Answered("000", LookupClass.ELIGIBLE, "Thẻ BHYT hợp lệ.", "Mã 000",
                Optional.empty(), 15, 1));
        server = TestServer.builder().eligibility(request -> {
            synchronized (asked) {
                asked.add(request);
            }
            return nextOutcome.get();
        }).start();
    }

    @AfterEach
    void stop() {
        server.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Test
    void servesTheHospitalSetup() throws IOException {
        JsonNode setup = get(Role.KIOSK, "/api/v1/setup");
        assertThat(setup.get("hospitalName").asText()).isEqualTo("Bệnh viện Thử");
        assertThat(setup.get("queues")).hasSize(3);
        assertThat(setup.get("counters").get(0).get("serves").get(0).asText()).isEqualTo("priority");
    }

    @Test
    void checksInAScannedCccdAndIssuesTheFirstTicket() throws IOException {
        try (Response r = post("/api/v1/checkins", checkin(CCCD_QR, "QR"))) {
            assertThat(r.code()).isEqualTo(201);
            JsonNode body = json.readTree(r.body().string());
            assertThat(body.at("/ticket/number").asText()).isEqualTo("A001");
            assertThat(body.at("/ticket/patientName").asText()).isEqualTo("Nguyễn Văn An");
            assertThat(body.at("/lookup/lookupClass").asText()).isEqualTo("ELIGIBLE");
            assertThat(body.at("/lookup/code").asText()).isEqualTo("000");
            assertThat(body.at("/lookup/maskedKey").asText()).isEqualTo("0790*****234");
            assertThat(body.at("/lookup/pending").asBoolean()).isFalse();
            assertThat(body.at("/instruction").asText()).contains("A001");
        }
        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q.cardKey()).isEqualTo("079090001234");
            assertThat(q.fullName()).contains("Nguyễn Văn An");
            assertThat(q.dateOfBirth().map(Object::toString)).contains("1990-08-15");
        });
    }

    @Test
    void issuesATicketEvenWhenTheLookupTimesOut() throws IOException {
        nextOutcome.set(new LookupOutcome.NoAnswer(LookupOutcome.Reason.TIMEOUT, "budget 4000 ms spent",
                "Chưa kiểm tra được thẻ. Vui lòng đến quầy tiếp đón.", "Cổng BHXH không trả lời", 4000, 2));
        try (Response r = post("/api/v1/checkins", checkin(CCCD_QR, "QR"))) {
            assertThat(r.code()).isEqualTo(201);
            JsonNode body = json.readTree(r.body().string());
            assertThat(body.at("/ticket/number").asText()).isEqualTo("A001");
            assertThat(body.at("/lookup/lookupClass").asText()).isEqualTo("GATEWAY_ERROR");
            assertThat(body.at("/lookup/outcome").asText()).isEqualTo("NO_ANSWER:TIMEOUT");
            assertThat(body.at("/lookup/pending").asBoolean()).isTrue();
            assertThat(body.at("/instruction").asText()).contains("quầy tiếp đón");
        }
        JsonNode failed = get(Role.RECEPTIONIST, "/api/v1/lookups?failed=true");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void answersAnUnrecognisedCodeWithThePreciseReasonAndNoTicket() throws IOException {
        try (Response r = post("/api/v1/checkins", checkin("hello|world", "QR"))) {
            assertThat(r.code()).isEqualTo(422);
            JsonNode body = json.readTree(r.body().string());
            assertThat(body.get("error").asText()).isEqualTo("UNRECOGNISED_CODE");
            assertThat(body.get("message").asText()).isNotBlank();
            assertThat(body.get("patientMessage").asText()).startsWith("Không đọc được mã");
        }
        assertThat(get(Role.RECEPTIONIST, "/api/v1/tickets")).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void checksInAChipReadingAndKeepsItsVerdictWithTheTicket() throws IOException {
        try (Response r = post("/api/v1/checkins", chipCheckin("079090001234", "VALID"))) {
            assertThat(r.code()).isEqualTo(201);
            JsonNode body = json.readTree(r.body().string());
            assertThat(body.at("/ticket/identityCheck").asText()).isEqualTo("CHIP_VALID");
            assertThat(body.at("/lookup/method").asText()).isEqualTo("CHIP");
            assertThat(body.at("/lookup/documentKind").asText()).isEqualTo("CCCD_CHIP");
            assertThat(body.at("/instruction").asText()).contains("A001").doesNotContain("CCCD đến quầy");
        }
        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q.cardKey()).isEqualTo("079090001234");
            assertThat(q.fullName()).contains("Nguyễn Văn An");
            assertThat(q.dateOfBirth().map(Object::toString)).contains("1990-08-15");
        });
        assertThat(get(Role.RECEPTIONIST, "/api/v1/tickets").get(0).get("identityCheck").asText())
                .isEqualTo("CHIP_VALID");
    }

    @Test
    void sendsATamperedChipToTheReceptionistEvenWhenTheCardIsEligible() throws IOException {
        try (Response r = post("/api/v1/checkins", chipCheckin("079090001234", "HASH_MISMATCH"))) {
            assertThat(r.code()).isEqualTo(201);
            JsonNode body = json.readTree(r.body().string());
            assertThat(body.at("/ticket/identityCheck").asText()).isEqualTo("CHIP_HASH_MISMATCH");
            assertThat(body.at("/lookup/lookupClass").asText()).isEqualTo("ELIGIBLE");
            assertThat(body.at("/instruction").asText()).contains("quầy tiếp đón").contains("A001");
        }
    }

    @Test
    void rejectsChipDataThatDoesNotHoldTogether() throws IOException {
        try (Response r = post("/api/v1/checkins", chipCheckin("079090001234", "MAYBE"))) {
            assertThat(r.code()).as("a verdict that does not exist").isEqualTo(400);
            assertThat(json.readTree(r.body().string()).get("error").asText()).isEqualTo("BAD_REQUEST");
        }
        String[] bad = {
            chipCheckin("07909000123", "VALID"),
            "{\"kioskId\":\"kiosk-1\",\"method\":\"CHIP\",\"code\":\"079090001234\"}",
            chipCheckin("079090001234", "VALID").replace("\"code\":\"079090001234\"", "\"code\":\"001085012345\""),
            chipCheckin("079090001234", "VALID").replace("1990-08-15", "1990-02-31"),
        };
        for (String body : bad) {
            try (Response r = post("/api/v1/checkins", body)) {
                assertThat(r.code()).as(body).isEqualTo(422);
                assertThat(json.readTree(r.body().string()).get("error").asText()).isEqualTo("UNRECOGNISED_CODE");
            }
        }
        assertThat(asked).isEmpty();
    }

    private String chipCheckin(String id, String verdict) {
        return "{\"kioskId\":\"kiosk-1\",\"method\":\"CHIP\",\"code\":\"" + id + "\",\"chip\":{\"idNumber\":\""
                + id + "\",\"fullName\":\"Nguyễn Văn An\",\"dateOfBirth\":\"1990-08-15\",\"sex\":\"MALE\","
                + "\"issueDate\":\"2021-04-20\",\"passiveAuth\":\"" + verdict + "\",\"access\":\"BAC\"}}";
    }

    @Test
    void rejectsAMalformedRequestBody() throws IOException {
        try (Response r = post("/api/v1/checkins", "{\"kioskId\": 5")) {
            assertThat(r.code()).isEqualTo(400);
            assertThat(json.readTree(r.body().string()).get("error").asText()).isEqualTo("BAD_REQUEST");
        }
    }

    @Test
    void looksUpATypedNumberWithTheNameConfirmedAtAnEarlierVisit() throws IOException {
        post("/api/v1/checkins", checkin(CCCD_QR, "QR")).close();
        post("/api/v1/checkins", "{\"kioskId\":\"kiosk-1\",\"method\":\"TYPED\",\"code\":\"079090001234\"}").close();
        assertThat(asked).hasSize(2);
        assertThat(asked.get(1).fullName()).contains("Nguyễn Văn An");
        assertThat(asked.get(1).dateOfBirth().map(Object::toString)).contains("1990-08-15");
    }

    @Test
    void sendsTheTypedBirthYearForANumberNeverSeenBefore() throws IOException {
        post("/api/v1/checkins",
                "{\"kioskId\":\"kiosk-1\",\"method\":\"TYPED\",\"code\":\"001185002345\",\"birthYear\":1985}").close();
        assertThat(asked).singleElement().satisfies(q -> {
            assertThat(q.fullName()).isEmpty();
            assertThat(q.dateOfBirth().map(Object::toString)).contains("1985");
        });
    }

    @Test
    void callsPriorityTicketsFirstThenInOrder() throws IOException {
        post("/api/v1/checkins", checkin(CCCD_QR, "QR")).close();
        post("/api/v1/checkins", checkin(CCCD_QR, "QR")).close();
        post("/api/v1/checkins", checkinTo(CCCD_QR, "priority")).close();
        assertThat(call("1", "next").get("number").asText()).isEqualTo("U001");
        JsonNode second = call("1", "next");
        assertThat(second.get("number").asText()).isEqualTo("A001");
        assertThat(second.get("counterName").asText()).isEqualTo("Quầy 1");
        assertThat(second.get("status").asText()).isEqualTo("CALLED");
        assertThat(call("2", "next").get("number").asText()).isEqualTo("A002");
        assertThat(get(Role.RECEPTIONIST, "/api/v1/tickets?status=WAITING")).isEmpty();
        try (Response r = post(Role.RECEPTIONIST, "/api/v1/counters/1/next", "")) {
            assertThat(r.code()).isEqualTo(204);
        }
        assertThat(get(Role.RECEPTIONIST, "/api/v1/tickets?status=SERVED")).hasSize(2);
    }

    @Test
    void recallsSkipsAndFinishesTheCountersCurrentTicket() throws IOException {
        post("/api/v1/checkins", checkin(CCCD_QR, "QR")).close();
        post("/api/v1/checkins", checkin(CCCD_QR, "QR")).close();
        call("1", "next");
        assertThat(call("1", "recall").get("number").asText()).isEqualTo("A001");
        assertThat(call("1", "skip").get("status").asText()).isEqualTo("SKIPPED");
        try (Response r = post(Role.RECEPTIONIST, "/api/v1/counters/1/recall", "")) {
            assertThat(r.code()).isEqualTo(204);
        }
        call("1", "next");
        assertThat(call("1", "finish").get("status").asText()).isEqualTo("SERVED");
    }

    @Test
    void answersAnUnknownCounterWith404() throws IOException {
        try (Response r = post(Role.RECEPTIONIST, "/api/v1/counters/9/next", "")) {
            assertThat(r.code()).isEqualTo(404);
            assertThat(json.readTree(r.body().string()).get("error").asText()).isEqualTo("UNKNOWN_COUNTER");
        }
    }

    @Test
    void countsLookupSuccessSoTheNumbersAddUp() throws IOException {
        post("/api/v1/checkins", checkin(CCCD_QR, "QR")).close();
        nextOutcome.set(new LookupOutcome.Answered("010", LookupClass.NOT_ELIGIBLE, "Thẻ hết hạn.", "Mã 010",
                Optional.empty(), 20, 1));
        post("/api/v1/checkins", checkin(CCCD_QR, "QR")).close();
        post("/api/v1/checkins", "{\"kioskId\":\"kiosk-1\",\"method\":\"TYPED\",\"code\":\"079090001234\"}").close();
        JsonNode stats = get(Role.ADMIN, "/api/v1/stats/lookups?from=2026-11-22&to=2026-11-22");
        assertThat(stats.get("lookups").asLong()).isEqualTo(3);
        assertThat(stats.get("succeeded").asLong()).as("an expired card is an answer").isEqualTo(3);
        assertThat(stats.get("failed").asLong() + stats.get("pending").asLong()).isZero();
        assertThat(stats.get("eligible").asLong()).isEqualTo(1);
        assertThat(stats.get("rate").asDouble()).isEqualTo(1.0);
        assertThat(stats.get("eligibleRate").asDouble()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(stats.at("/byClass/NOT_ELIGIBLE/lookups").asLong()).isEqualTo(2);
        assertThat(stats.at("/byMethod/CCCD_QR/lookups").asLong()).isEqualTo(2);
        assertThat(stats.at("/byMethod/TYPED/lookups").asLong()).isEqualTo(1);
        assertThat(stats.at("/byDay/2026-11-22/succeeded").asLong()).isEqualTo(3);
    }

    @Test
    void streamsEventsAndReplaysWhatAReconnectingDisplayMissed() throws IOException {
        post("/api/v1/checkins", checkin(CCCD_QR, "QR")).close();
        call("1", "next");
        // event 1 = ticket.issued, event 2 = ticket.called; the display reads the hall stream
        Request request = server.request(Role.DISPLAY, "/api/v1/events/hall")
                .header("Accept", "text/event-stream").header("Last-Event-ID", "1").build();
        try (Response r = http.newCall(request).execute()) {
            assertThat(r.header("Content-Type")).startsWith("text/event-stream");
            BufferedSource source = r.body().source();
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = source.readUtf8Line()) != null) {
                lines.add(line);
                if (line.startsWith("data:")) {
                    break;
                }
            }
            assertThat(lines).contains("id: 2", "event: ticket.called");
            JsonNode data = json.readTree(lines.get(lines.size() - 1).substring("data:".length()));
            assertThat(data.get("id").asLong()).isEqualTo(2);
            assertThat(data.at("/call/number").asText()).isEqualTo("A001");
            assertThat(data.at("/call/counterName").asText()).isEqualTo("Quầy 1");
            assertThat(data.toString()).doesNotContain("Nguyễn Văn An");
            // a live event after the replay
            post("/api/v1/checkins", checkin(CCCD_QR, "QR")).close();
            lines.clear();
            while ((line = source.readUtf8Line()) != null) {
                lines.add(line);
                if (line.startsWith("data:")) {
                    break;
                }
            }
            assertThat(lines).contains("id: 3", "event: ticket.issued");
        }
    }

    private String checkin(String code, String method) {
        return "{\"kioskId\":\"kiosk-1\",\"method\":\"" + method + "\",\"code\":" + quote(code) + "}";
    }

    private String checkinTo(String code, String queue) {
        return "{\"kioskId\":\"kiosk-1\",\"method\":\"QR\",\"code\":" + quote(code) + ",\"queueId\":\"" + queue + "\"}";
    }

    private String quote(String s) {
        try {
            return json.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode call(String counter, String verb) throws IOException {
        try (Response r = post(Role.RECEPTIONIST, "/api/v1/counters/" + counter + "/" + verb, "")) {
            assertThat(r.code()).isEqualTo(200);
            return json.readTree(r.body().string());
        }
    }

    /** A check-in as kiosk {@code kiosk-1}, whose id the bodies carry. */
    private Response post(String path, String body) throws IOException {
        return post(Role.KIOSK, path, body);
    }

    private Response post(Role role, String path, String body) throws IOException {
        return http.newCall(server.request(role, path).post(RequestBody.create(body, JSON)).build()).execute();
    }

    private JsonNode get(Role role, String path) throws IOException {
        try (Response r = http.newCall(server.request(role, path).build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
            return json.readTree(r.body().string());
        }
    }
}
