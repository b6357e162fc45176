package vn.tiepdon.bhxhsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tiepdon.core.testing.MutableClock;

class BhxhSimulatorTest {

    private static final List<String> TOP_LEVEL_FIELDS = List.of("maKetQua", "ghiChu", "maThe", "hoTen", "ngaySinh",
            "gioiTinh", "diaChi", "maDKBD", "cqBHXH", "gtTheTu", "gtTheDen", "maKV", "ngayDu5Nam", "maSoBHXH",
            "maTheCu", "maTheMoi", "gtTheTuMoi", "gtTheDenMoi", "maDKBDMoi", "tenDKBDMoi", "dsLichSuKCB2018",
            "dsLichSuKT2018");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T03:00:00Z"));
    private BhxhSimulator sim;
    private SimClient client;

    @BeforeEach
    void start() {
        sim = new BhxhSimulator(SimSettings.demo(), DemoPopulation.create(), clock).start(0);
        client = new SimClient(sim.baseUrl(), Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        client.shutdown();
        sim.close();
    }

    @Test
    void bindsLoopbackOnAFreePort() {
        assertThat(sim.port()).isPositive();
        assertThat(sim.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.port());
    }

    @Test
    void issuesATokenForAJsonLoginExpiringAfterTenMinutes() throws IOException {
        SimClient.Reply reply = client.takeTokenJson("01013_BV", Md5.hex("tiepdon-demo"));

        JsonNode json = reply.json();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(json.get("maKetQua").asText()).isEqualTo("200");
        JsonNode key = json.get("APIKey");
        assertThat(key.get("access_token").asText()).isNotBlank();
        assertThat(key.get("id_token").asText()).isNotBlank();
        assertThat(key.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(key.get("username").asText()).isEqualTo("01013_BV");
        assertThat(key.get("expires_in").asText()).isEqualTo("2026-03-01T10:10:00+07:00");
        assertThat(sim.tokenRequests()).isEqualTo(1);
    }

    @Test
    void issuesATokenForAFormLogin() throws IOException {
        JsonNode json = client.takeTokenForm("01013_BV", Md5.hex("tiepdon-demo")).json();

        assertThat(json.get("maKetQua").asText()).isEqualTo("200");
        assertThat(json.get("APIKey").get("access_token").asText()).isNotBlank();
    }

    @Test
    void acceptsTheMd5InUpperCase() throws IOException {
        JsonNode json = client.takeTokenJson("01013_BV", Md5.hex("tiepdon-demo").toUpperCase(Locale.ROOT)).json();

        assertThat(json.get("maKetQua").asText()).isEqualTo("200");
    }

    @Test
    void refusesAWrongPasswordOrUnknownAccount() throws IOException {
        JsonNode wrongPassword = client.takeTokenJson("01013_BV", Md5.hex("wrong")).json();
        JsonNode plainPassword = client.takeTokenJson("01013_BV", "tiepdon-demo").json();
        JsonNode unknownAccount = client.takeTokenForm("79999_BV", Md5.hex("tiepdon-demo")).json();

        for (JsonNode json : List.of(wrongPassword, plainPassword, unknownAccount)) {
            assertThat(json.get("maKetQua").asText()).isEqualTo("401");
            assertThat(json.has("APIKey")).isFalse();
        }
    }

    @Test
    void lookupWithoutATokenIsRefusedWith401() throws IOException {
        SimClient.Token none = new SimClient.Token("", "", "01013_BV");

        SimClient.Reply reply = client.lookUp(none, "001085012345", "", "");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("maKetQua").asText()).isEqualTo("401");
    }

    @Test
    void lookupWithAnotherIdTokenIsRefused() throws IOException {
        SimClient.Token token = client.demoToken();
        SimClient.Token forged = new SimClient.Token(token.accessToken(), "forged", token.username());

        assertThat(client.lookUp(forged, "001085012345", "", "").status()).isEqualTo(401);
    }

    @Test
    void unregisteredCallerIpGetsNoToken() throws IOException {
        sim.close();
        sim = new BhxhSimulator(SimSettings.demo().withCallerIps(List.of("203.0.113.7")), DemoPopulation.create(),
                clock).start(0);
        SimClient local = new SimClient(sim.baseUrl(), Duration.ofSeconds(5));
        try {
            SimClient.Reply reply = local.takeTokenJson(SimSettings.DEMO_USERNAME, Md5.hex(SimSettings.DEMO_PASSWORD));

            assertThat(reply.json().get("maKetQua").asText()).isEqualTo("401");
            assertThat(reply.json().has("APIKey")).isFalse();
        } finally {
            local.shutdown();
        }
    }

    @Test
    void tokenIsOnlyAcceptedFromTheIpThatTookIt() throws IOException {
        sim.close();
        sim = new BhxhSimulator(SimSettings.demo().withCallerIps(List.of("127.0.0.1", "127.0.0.2")),
                DemoPopulation.create(), clock).start(0);
        SimClient first = new SimClient(sim.baseUrl(), Duration.ofSeconds(5), "127.0.0.1");
        SimClient second = new SimClient(sim.baseUrl(), Duration.ofSeconds(5), "127.0.0.2");
        try {
            SimClient.Token token = first.demoToken();
            SimPerson an = DemoPopulation.ELIGIBLE_BY_CCCD;

            assertThat(first.lookUp(token, an.cccd(), an.fullName(), "05/03/1985").status()).isEqualTo(200);
            SimClient.Reply elsewhere = second.lookUp(token, an.cccd(), an.fullName(), "05/03/1985");
            assertThat(elsewhere.status()).isEqualTo(401);
            assertThat(elsewhere.json().get("maKetQua").asText()).isEqualTo("401");
            SimClient.Token own = second.demoToken();
            assertThat(second.lookUp(own, an.cccd(), an.fullName(), "05/03/1985").status()).isEqualTo(200);
        } finally {
            first.shutdown();
            second.shutdown();
        }
    }

    @Test
    void withoutCallerIpsATokenWorksFromAnyIp() throws IOException {
        SimClient other = new SimClient(sim.baseUrl(), Duration.ofSeconds(5), "127.0.0.2");
        try {
            SimClient.Token token = client.demoToken();
            SimPerson an = DemoPopulation.ELIGIBLE_BY_CCCD;

            assertThat(other.lookUp(token, an.cccd(), an.fullName(), "05/03/1985").status()).isEqualTo(200);
        } finally {
            other.shutdown();
        }
    }

    @Test
    void staffRemovedAtRuntimeIsAnswered054() throws IOException {
        SimClient.Token token = client.demoToken();
        SimPerson an = DemoPopulation.ELIGIBLE_BY_CCCD;
        sim.setStaff(List.of(new SimSettings.Staff("Lê Văn Khác", "001090099999")));

        assertThat(client.lookUp(token, an.cccd(), an.fullName(), "05/03/1985").json().get("maKetQua").asText())
                .isEqualTo("054");
        sim.setStaff(SimSettings.demo().staff());
        assertThat(client.lookUp(token, an.cccd(), an.fullName(), "05/03/1985").json().get("maKetQua").asText())
                .isEqualTo("000");
    }

    @Test
    void tokenExpiresByTheInjectedClock() throws IOException {
        SimClient.Token token = client.demoToken();

        clock.advance(Duration.ofMinutes(9));
        assertThat(client.lookUp(token, "001085012345", "", "").status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));
        SimClient.Reply expired = client.lookUp(token, "001085012345", "", "");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("maKetQua").asText()).isEqualTo("401");

        assertThat(client.lookUp(client.demoToken(), "001085012345", "", "").status()).isEqualTo(200);
    }

    static Stream<SimPerson> answeringPeople() {
        return DemoPopulation.people().stream().filter(p -> !p.hangs());
    }

    @ParameterizedTest
    @MethodSource("answeringPeople")
    void answersEachDemoPersonWithTheirCodeAndCard(SimPerson person) throws IOException {
        SimClient.Reply reply = client.lookUp(client.demoToken(), person.cccd(), person.fullName(),
                person.dateOfBirth().toGatewayFormat());

        JsonNode json = reply.json();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(json.get("maKetQua").asText()).isEqualTo(person.status());
        assertThat(json.get("maThe").asText()).isEqualTo(person.cardNumber());
        assertThat(json.get("hoTen").asText()).isEqualTo(person.fullName());
        assertThat(json.get("ngaySinh").asText()).isEqualTo(person.dateOfBirth().toGatewayFormat());
        assertThat(json.get("gioiTinh").asText()).isIn("Nam", "Nữ");
        assertThat(json.get("maDKBD").asText()).isEqualTo(person.registeredFacility());
        assertThat(json.get("maSoBHXH").asText()).isEqualTo(person.socialInsuranceNumber());
        assertThat(json.get("gtTheDen").asText()).matches("\\d{2}/\\d{2}/\\d{4}");
        assertThat(json.get("ghiChu").asText()).contains("Họ tên: " + person.fullName());
    }

    @Test
    void answerCarriesEveryFieldEvenWhenTheCardIsUnknown() throws IOException {
        JsonNode json = client.lookUp(client.demoToken(), "001085099999", "", "").json();

        assertThat(json.get("maKetQua").asText()).isEqualTo("050");
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(TOP_LEVEL_FIELDS);
        assertThat(json.get("hoTen").asText()).isEmpty();
        assertThat(json.get("dsLichSuKCB2018").isNull()).isTrue();
        assertThat(json.get("dsLichSuKT2018").size()).isZero();
    }

    @Test
    void oldCardAnswerCarriesTheNewCard() throws IOException {
        SimPerson p = DemoPopulation.OLD_CARD_EXPIRED_NEW_CARD;

        JsonNode json = client.lookUp(client.demoToken(), p.cardNumber(), p.fullName(), "").json();

        assertThat(json.get("maKetQua").asText()).isEqualTo("003");
        assertThat(json.get("maThe").asText()).isEqualTo("HC4010178004455");
        assertThat(json.get("maTheMoi").asText()).isEqualTo("HC4790178004455");
        assertThat(json.get("gtTheTuMoi").asText()).isEqualTo("01/01/2025");
        assertThat(json.get("gtTheDenMoi").asText()).isEqualTo("31/12/2030");
        assertThat(json.get("maDKBDMoi").asText()).isEqualTo("79024");
        assertThat(json.get("tenDKBDMoi").asText()).isEqualTo("Bệnh viện Quận Tân Phú");
    }

    @Test
    void newCardNumberAnswers000WithTheNewCard() throws IOException {
        JsonNode json = client.lookUp(client.demoToken(), "HC4790178004455", "Đặng Thị Hoa", "09/09/1978").json();

        assertThat(json.get("maKetQua").asText()).isEqualTo("000");
        assertThat(json.get("maThe").asText()).isEqualTo("HC4790178004455");
        assertThat(json.get("maTheCu").asText()).isEqualTo("HC4010178004455");
        assertThat(json.get("maDKBD").asText()).isEqualTo("79024");
    }

    @Test
    void wrongNameAndBirthDateAnswerWithoutTheCardData() throws IOException {
        SimClient.Token token = client.demoToken();

        JsonNode wrongName = client.lookUp(token, "001085012345", "Nguyen Van An", "").json();
        JsonNode otherName = client.lookUp(token, "001085012345", "Trần Văn An", "").json();
        JsonNode wrongBirth = client.lookUp(token, "001085012345", "Nguyễn Văn An", "1986").json();

        assertThat(wrongName.get("maKetQua").asText()).isEqualTo("061");
        assertThat(otherName.get("maKetQua").asText()).isEqualTo("060");
        assertThat(wrongBirth.get("maKetQua").asText()).isEqualTo("070");
        assertThat(wrongBirth.get("hoTen").asText()).isEmpty();
    }

    @Test
    void recordsEachLookupInTheCheckHistory() throws IOException {
        SimClient.Token token = client.demoToken();
        client.lookUp(token, "001085012345", "Trần Văn An", "");
        clock.advance(Duration.ofMinutes(2));

        JsonNode checks = client.lookUp(token, "001085012345", "", "").json().get("dsLichSuKT2018");

        assertThat(checks.size()).isEqualTo(2);
        assertThat(checks.get(0).get("maLoi").asText()).isEqualTo("060");
        assertThat(checks.get(1).get("maLoi").asText()).isEqualTo("000");
        assertThat(checks.get(1).get("userKT").asText()).isEqualTo("01013_BV");
        assertThat(checks.get(1).get("thoiGianKT").asText()).isEqualTo("202603011002");
        assertThat(checks.get(1).get("thongBao").asText()).isEqualTo("Thẻ còn giá trị sử dụng.");
    }

    @Test
    void missingStaffNameIsAnswered205() throws IOException {
        JsonNode json = client.lookUp(client.demoToken(),
                "{\"maThe\":\"001085012345\",\"hoTen\":\"\",\"ngaySinh\":\"\",\"cccdCb\":\"001190012345\"}").json();

        assertThat(json.get("maKetQua").asText()).isEqualTo("205");
        assertThat(json.get("ghiChu").asText()).isEqualTo("Null hoTenCb");
    }

    @Test
    void unregisteredStaffIsAnswered054() throws IOException {
        JsonNode json = client.lookUp(client.demoToken(), "{\"maThe\":\"001085012345\",\"hoTen\":\"\","
                + "\"ngaySinh\":\"\",\"hoTenCb\":\"Trần Thị Bích\",\"cccdCb\":\"001190099999\"}").json();

        assertThat(json.get("maKetQua").asText()).isEqualTo("054");
    }

    @Test
    void bodyThatIsNotJsonIsAnswered205() throws IOException {
        JsonNode json = client.lookUp(client.demoToken(), "maThe=001085012345").json();

        assertThat(json.get("maKetQua").asText()).isEqualTo("205");
    }

    @Test
    void hangingPersonIsNotAnsweredInTime() throws IOException {
        SimClient impatient = new SimClient(sim.baseUrl(), Duration.ofMillis(500));
        try {
            SimClient.Token token = impatient.demoToken();
            assertThatThrownBy(() -> impatient.lookUp(token, DemoPopulation.GATEWAY_HANGS.cccd(), "", ""))
                    .isInstanceOf(InterruptedIOException.class);
        } finally {
            impatient.shutdown();
        }
    }

    @Test
    void heldLookupIsAnsweredAfterHangMillis() throws IOException {
        sim.close();
        sim = new BhxhSimulator(SimSettings.demo().withHangMillis(200), DemoPopulation.create(), clock).start(0);
        SimClient patient = new SimClient(sim.baseUrl(), Duration.ofSeconds(20));
        try {
            long start = System.nanoTime();
            JsonNode json = patient.lookUp(patient.demoToken(), DemoPopulation.GATEWAY_HANGS.cccd(), "", "").json();
            assertThat(json.get("maKetQua").asText()).isEqualTo("000");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        } finally {
            patient.shutdown();
        }
    }

    @Test
    void errorFaultAnswers502WithAnHtmlPage() throws IOException {
        SimClient.Token token = client.demoToken();
        sim.setFaults(new SimSettings.Faults(0, 0, 0, 1.0, 0));

        SimClient.Reply reply = client.lookUp(token, "001085012345", "", "");

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.body()).contains("502 Bad Gateway");
    }

    @Test
    void tokenRequestsAreNeverFaulted() throws IOException {
        sim.setFaults(new SimSettings.Faults(0, 0, 0, 1.0, 0));

        assertThat(client.demoToken().accessToken()).isNotBlank();
    }

    @Test
    void malformedFaultAnswersBrokenJson() throws IOException {
        SimClient.Token token = client.demoToken();
        sim.setFaults(new SimSettings.Faults(0, 0, 0, 0, 1.0));

        SimClient.Reply reply = client.lookUp(token, "001085012345", "", "");

        assertThat(reply.status()).isEqualTo(200);
        assertThatThrownBy(reply::json).hasCauseInstanceOf(IOException.class);
    }

    @Test
    void timeoutFaultHoldsTheLookup() throws IOException {
        SimClient impatient = new SimClient(sim.baseUrl(), Duration.ofMillis(500));
        try {
            SimClient.Token token = impatient.demoToken();
            sim.setFaults(new SimSettings.Faults(0, 0, 1.0, 0, 0));
            assertThatThrownBy(() -> impatient.lookUp(token, "001085012345", "", ""))
                    .isInstanceOf(InterruptedIOException.class);
        } finally {
            impatient.shutdown();
        }
    }

    @Test
    void latencyDelaysTheAnswer() throws IOException {
        SimClient.Token token = client.demoToken();
        sim.setFaults(new SimSettings.Faults(300, 100, 0, 0, 0));

        long start = System.nanoTime();
        SimClient.Reply reply = client.lookUp(token, "001085012345", "", "");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void faultsCanBeReadAndChangedOverHttp() throws IOException {
        SimClient.Reply changed = client.postJson("/admin/faults",
                "{\"latencyMillis\":5,\"jitterMillis\":2,\"timeoutRate\":0.1,\"errorRate\":0.2,\"malformedRate\":0.3}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(sim.faults()).isEqualTo(new SimSettings.Faults(5, 2, 0.1, 0.2, 0.3));
        JsonNode read = client.get("/admin/faults").json();
        assertThat(read.get("latencyMillis").asLong()).isEqualTo(5);
        assertThat(read.get("malformedRate").asDouble()).isEqualTo(0.3);
    }

    @Test
    void refusesInvalidFaultsAndKeepsTheOldOnes() throws IOException {
        SimClient.Reply refused = client.postJson("/admin/faults",
                "{\"latencyMillis\":0,\"jitterMillis\":0,\"timeoutRate\":1.5,\"errorRate\":0,\"malformedRate\":0}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).contains("timeoutRate");
        assertThat(sim.faults()).isEqualTo(SimSettings.Faults.none());
    }

    @Test
    void sameSeedGivesTheSameFaultSequence() throws IOException {
        List<Integer> first = statusesWithHalfErrors(9);
        List<Integer> second = statusesWithHalfErrors(9);

        assertThat(first).isEqualTo(second).contains(200, 502);
    }

    @Test
    void closeEndsHeldLookupsAtOnce() throws Exception {
        SimClient waiting = new SimClient(sim.baseUrl(), Duration.ofSeconds(30));
        try {
            SimClient.Token token = waiting.demoToken();
            Thread closer = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                sim.close();
            });
            closer.start();
            long start = System.nanoTime();
            try {
                SimClient.Reply reply = waiting.lookUp(token, DemoPopulation.GATEWAY_HANGS.cccd(), "", "");
                assertThat(reply.status()).isEqualTo(500);
            } catch (IOException closedConnection) {
                assertThat(closedConnection).isNotNull();
            }
            closer.join();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(25));
        } finally {
            waiting.shutdown();
        }
    }

    private List<Integer> statusesWithHalfErrors(long seed) throws IOException {
        SimSettings settings = SimSettings.demo().withSeed(seed).withFaults(new SimSettings.Faults(0, 0, 0, 0.5, 0));
        try (BhxhSimulator seeded = new BhxhSimulator(settings, DemoPopulation.create(), clock).start(0)) {
            SimClient c = new SimClient(seeded.baseUrl(), Duration.ofSeconds(10));
            try {
                SimClient.Token token = c.demoToken();
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    statuses.add(c.lookUp(token, "001085012345", "", "").status());
                }
                return statuses;
            } finally {
                c.shutdown();
            }
        }
    }
}
