package vn.tiepdon.bhxhsim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import okhttp3.FormBody;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.core.testing.MutableClock;

/**
 * The 2026 gateway: {@code Lskcb2025} (form body, visit history), {@code dsLichSuKCB2018} null,
 * checks at other facilities, and newborns' temporary cards.
 */
class HistoryTest {

    private static final List<String> VISIT_FIELDS = List.of("maHoSo", "maCSKCB", "ngayVao", "ngayRa", "tenBenh",
            "tinhTrang", "kqDieuTri", "lyDoVV");

    /** 10:00 in Vietnam; the demo's "yesterday" (26 hours before) is 28/02/2026 08:00. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T03:00:00Z"));
    private BhxhSimulator sim;
    private SimClient client;
    private SimClient.Token token;

    @BeforeEach
    void start() throws IOException {
        sim = new BhxhSimulator(SimSettings.demo(), DemoPopulation.create(), clock).start(0);
        client = new SimClient(sim.baseUrl(), Duration.ofSeconds(10));
        token = client.demoToken();
    }

    @AfterEach
    void stop() {
        client.shutdown();
        sim.close();
    }

    @Test
    void answersTheVisitHistoryOfAFormBody() throws IOException {
        SimPerson minh = DemoPopulation.VISITED_ELSEWHERE;

        SimClient.Reply reply = client.history(token, minh.cardNumber(), minh.fullName(), "14/10/1988");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode json = reply.json();
        assertThat(fieldNames(json)).containsExactly("maKetQua", "ghiChu", "dsLichSuKCB2025");
        assertThat(json.get("maKetQua").asText()).isEqualTo("000");
        assertThat(json.get("ghiChu").isNull()).isTrue();
        JsonNode visits = json.get("dsLichSuKCB2025");
        assertThat(visits.size()).isEqualTo(3);
        for (JsonNode v : visits) {
            assertThat(fieldNames(v)).containsExactlyElementsOf(VISIT_FIELDS);
            assertThat(v.get("ngayVao").asText()).matches("\\d{12}");
            assertThat(v.get("ngayRa").asText()).matches("\\d{12}");
        }
        JsonNode last = visits.get(2);
        assertThat(last.get("maHoSo").asText()).isEqualTo("01094202609052");
        assertThat(last.get("maCSKCB").asText()).isEqualTo("01094");
        assertThat(last.get("ngayVao").asText()).isEqualTo("202602280800");
        assertThat(last.get("ngayRa").asText()).isEqualTo("202602281200");
        assertThat(last.get("tenBenh").asText()).isEqualTo("Tăng huyết áp vô căn (nguyên phát)");
        assertThat(last.get("tinhTrang").asText()).isEqualTo("1");
        assertThat(last.get("kqDieuTri").asText()).isEqualTo("2");
        assertThat(last.get("lyDoVV").asText()).isEqualTo("3");
        assertThat(visits.get(0).get("maCSKCB").asText()).isEqualTo("01013");
        assertThat(visits.get(1).get("maCSKCB").asText()).isEqualTo("79024");
        assertThat(sim.historyRequests()).isEqualTo(1);
        assertThat(sim.lookupRequests()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"001085012345", "0185012345", "HC4010185012345"})
    void findsThePersonByCardCccdOrSocialInsuranceNumber(String maThe) throws IOException {
        JsonNode json = client.history(token, maThe, "Nguyễn Văn An", "05/03/1985").json();

        assertThat(json.get("maKetQua").asText()).isEqualTo("000");
        assertThat(json.get("dsLichSuKCB2025").size()).isEqualTo(1);
        assertThat(json.get("dsLichSuKCB2025").get(0).get("tenBenh").asText()).isEqualTo("Viêm dạ dày");
    }

    @Test
    void anEmptyHistoryIsAnEmptyListForSomePeopleAndNullForOthers() throws IOException {
        SimPerson even = DemoPopulation.ELIGIBLE_BIRTH_YEAR_ONLY;
        SimPerson odd = DemoPopulation.ELIGIBLE_BY_CARD;
        assertThat(SimHistory.emptyAnswersNull(even)).isFalse();
        assertThat(SimHistory.emptyAnswersNull(odd)).isTrue();

        JsonNode empty = client.history(token, even.cardNumber(), even.fullName(), "1950").json();
        JsonNode none = client.history(token, odd.cardNumber(), odd.fullName(), "12/08/1992").json();

        assertThat(empty.get("maKetQua").asText()).isEqualTo("000");
        assertThat(empty.get("dsLichSuKCB2025").isArray()).isTrue();
        assertThat(empty.get("dsLichSuKCB2025").size()).isZero();
        assertThat(none.get("maKetQua").asText()).isEqualTo("000");
        assertThat(none.has("dsLichSuKCB2025")).isTrue();
        assertThat(none.get("dsLichSuKCB2025").isNull()).isTrue();
    }

    @Test
    void anyCardStatusHasAHistory() throws IOException {
        SimPerson p = DemoPopulation.EXPIRED_CARD;

        JsonNode json = client.history(token, p.cardNumber(), p.fullName(), "20/11/1970").json();

        assertThat(json.get("maKetQua").asText()).isEqualTo("000");
    }

    @ParameterizedTest
    @CsvSource({"001085012345, Trần Văn An, 05/03/1985, 060", "001085012345, Nguyen Van An, 05/03/1985, 061",
        "001085012345, Nguyễn Văn An, 06/03/1985, 070", "001085012345, Nguyễn Văn An, 04/1985, 070",
        "001085099999, Nguyễn Văn An, 05/03/1985, 050", "HC4010199999999, Nguyễn Văn An, 05/03/1985, 050",
        "HC3010185012345, Nguyễn Văn An, 05/03/1985, 053", "12345, Nguyễn Văn An, 05/03/1985, 205"})
    void wrongNameBirthOrCardGetTheCardChecksCodes(String maThe, String hoTen, String ngaySinh, String code)
            throws IOException {
        JsonNode json = client.history(token, maThe, hoTen, ngaySinh).json();

        assertThat(json.get("maKetQua").asText()).isEqualTo(code);
        assertThat(json.get("ghiChu").asText()).isNotBlank();
        assertThat(json.get("dsLichSuKCB2025").isNull()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"05/03/1985, 000", "03/1985, 000", "1985, 000", "05031985, 205", "1985-03-05, 205"})
    void takesTheBirthDateAsDayMonthYearMonthYearOrYearButNotEightDigits(String ngaySinh, String code)
            throws IOException {
        assertThat(client.history(token, "001085012345", "Nguyễn Văn An", ngaySinh).json().get("maKetQua").asText())
                .isEqualTo(code);
    }

    @Test
    void unregisteredStaffGets054() throws IOException {
        RequestBody body = new FormBody.Builder().add("maThe", "001085012345").add("hoTen", "").add("ngaySinh", "")
                .add("hoTenCb", SimSettings.DEMO_STAFF_NAME).add("cccdCb", "001190099999").build();

        assertThat(client.history(token, body).json().get("maKetQua").asText()).isEqualTo("054");
    }

    @Test
    void refusesAJsonBodyWithHttp400() throws IOException {
        String json = "{\"maThe\":\"001085012345\",\"hoTen\":\"Nguyễn Văn An\",\"ngaySinh\":\"05/03/1985\","
                + "\"hoTenCb\":\"Trần Thị Bích\",\"cccdCb\":\"001190012345\"}";

        SimClient.Reply reply = client.history(token, RequestBody.create(json, SimClient.JSON));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("maKetQua").asText()).isEqualTo("205");
        assertThat(reply.json().get("dsLichSuKCB2025").isNull()).isTrue();
    }

    @Test
    void refusesABadTokenWith401() throws IOException {
        SimClient.Token forged = new SimClient.Token(token.accessToken(), "forged", token.username());
        SimClient.Token none = new SimClient.Token("", "", token.username());

        for (SimClient.Token t : List.of(forged, none)) {
            SimClient.Reply reply = client.history(t, "001085012345", "Nguyễn Văn An", "05/03/1985");
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.json().get("maKetQua").asText()).isEqualTo("401");
        }
    }

    @Test
    void tokenExpiresByTheInjectedClock() throws IOException {
        clock.advance(Duration.ofMinutes(10));

        assertThat(client.history(token, "001085012345", "", "").status()).isEqualTo(401);
    }

    @Test
    void passwordMayBeLeftOutButNotWrong() throws IOException {
        RequestBody body = new FormBody.Builder().add("maThe", "001085012345").add("hoTen", "Nguyễn Văn An")
                .add("ngaySinh", "05/03/1985").add("hoTenCb", SimSettings.DEMO_STAFF_NAME)
                .add("cccdCb", SimSettings.DEMO_STAFF_CCCD).build();

        assertThat(client.history(token, body, null).json().get("maKetQua").asText()).isEqualTo("000");
        SimClient.Reply wrong = client.history(token, body, Md5.hex("wrong"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("maKetQua").asText()).isEqualTo("401");
    }

    @Test
    void tokenIsOnlyAcceptedFromTheIpThatTookIt() throws IOException {
        sim.close();
        sim = new BhxhSimulator(SimSettings.demo().withCallerIps(List.of("127.0.0.1", "127.0.0.2")),
                DemoPopulation.create(), clock).start(0);
        SimClient first = new SimClient(sim.baseUrl(), Duration.ofSeconds(5), "127.0.0.1");
        SimClient second = new SimClient(sim.baseUrl(), Duration.ofSeconds(5), "127.0.0.2");
        try {
            SimClient.Token t = first.demoToken();
            assertThat(first.history(t, "001085012345", "", "").status()).isEqualTo(200);
            assertThat(second.history(t, "001085012345", "", "").status()).isEqualTo(401);
        } finally {
            first.shutdown();
            second.shutdown();
        }
    }

    @Test
    void cardCheckAnswersVisitHistoryNullAndShowsTheCheckAtAnotherFacility() throws IOException {
        SimPerson minh = DemoPopulation.VISITED_ELSEWHERE;

        JsonNode json = client.lookUp(token, minh.cccd(), minh.fullName(), "14/10/1988").json();

        assertThat(json.get("maKetQua").asText()).isEqualTo("000");
        assertThat(json.has("dsLichSuKCB2018")).isTrue();
        assertThat(json.get("dsLichSuKCB2018").isNull()).isTrue();
        JsonNode checks = json.get("dsLichSuKT2018");
        assertThat(checks.size()).isEqualTo(2);
        assertThat(checks.get(0).get("userKT").asText()).isEqualTo("01094_BV");
        assertThat(checks.get(0).get("thoiGianKT").asText()).isEqualTo("202602280800");
        assertThat(checks.get(0).get("maLoi").asText()).isEqualTo("000");
        assertThat(checks.get(0).get("thongBao").asText()).isEqualTo("Thẻ còn giá trị sử dụng.");
        assertThat(checks.get(1).get("userKT").asText()).isEqualTo(SimSettings.DEMO_USERNAME);
        assertThat(checks.get(1).get("thoiGianKT").asText()).isEqualTo("202603011000");
    }

    @Test
    void historyLookupsAreNotRecordedAsCardChecks() throws IOException {
        SimPerson an = DemoPopulation.ELIGIBLE_BY_CCCD;
        client.history(token, an.cccd(), an.fullName(), "05/03/1985");

        JsonNode checks = client.lookUp(token, an.cccd(), an.fullName(), "05/03/1985").json().get("dsLichSuKT2018");

        assertThat(checks.size()).isEqualTo(1);
    }

    @Test
    void newbornsTemporaryCardIsUnknownToTheGateway() throws IOException {
        for (SimPerson baby : DemoPopulation.newborns()) {
            assertThat(baby.cardNumber()).startsWith("TE1");
            assertThat(baby.registeredFacility()).isEqualTo("XX000");
            String birth = baby.dateOfBirth().toGatewayFormat();

            JsonNode byCard = client.lookUp(token, baby.cardNumber(), baby.fullName(), birth).json();
            JsonNode byCccd = client.lookUp(token, baby.cccd(), baby.fullName(), birth).json();
            JsonNode history = client.history(token, baby.cardNumber(), baby.fullName(), birth).json();

            for (JsonNode json : List.of(byCard, byCccd)) {
                assertThat(json.get("maKetQua").asText()).isEqualTo("050");
                assertThat(json.get("ghiChu").asText()).isEqualTo("Không có thông tin thẻ BHYT.");
                assertThat(json.get("maThe").asText()).isEmpty();
                assertThat(json.get("hoTen").asText()).isEmpty();
                assertThat(json.get("ngaySinh").asText()).isEmpty();
                assertThat(json.get("maSoBHXH").asText()).isEmpty();
                assertThat(json.get("dsLichSuKT2018").size()).isZero();
            }
            assertThat(history.get("maKetQua").asText()).isEqualTo("050");
        }
    }

    @Test
    void seededNewbornsAreUnknownToTheGatewayToo() throws IOException {
        Population seeded = Population.seeded(5, 200, clock);
        sim.close();
        sim = new BhxhSimulator(SimSettings.demo(), seeded, clock).start(0);
        SimClient other = new SimClient(sim.baseUrl(), Duration.ofSeconds(10));
        try {
            SimClient.Token t = other.demoToken();
            SimPerson baby = seeded.newborn().orElseThrow();
            JsonNode json = other.lookUp(t, baby.cardNumber(), baby.fullName(), baby.dateOfBirth().toGatewayFormat())
                    .json();
            assertThat(json.get("maKetQua").asText()).isEqualTo("050");
            assertThat(json.get("maThe").asText()).isEmpty();
        } finally {
            other.shutdown();
        }
    }

    @Test
    void seededPeopleCheckedElsewhereShowItWithinThePastOneToThreeDays() throws IOException {
        Population seeded = Population.seeded(11, 300, clock);
        sim.close();
        sim = new BhxhSimulator(SimSettings.demo(), seeded, clock).start(0);
        SimClient other = new SimClient(sim.baseUrl(), Duration.ofSeconds(10));
        try {
            SimClient.Token t = other.demoToken();
            SimPerson p = seeded.people().stream().filter(x -> seeded.historyOf(x).checkedElsewhere())
                    .findFirst().orElseThrow();
            JsonNode check = other.lookUp(t, p.cccd(), "", "").json().get("dsLichSuKT2018").get(0);
            assertThat(check.get("userKT").asText()).matches("\\d{5}_BV").isNotEqualTo(SimSettings.DEMO_USERNAME);
            String when = check.get("thoiGianKT").asText();
            assertThat(when).isBetween("202602261000", "202602281000");
        } finally {
            other.shutdown();
        }
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
