package vn.tiepdon.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.app.config.ConfigLoader;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.bhxhsim.BhxhSimulator;
import vn.tiepdon.bhxhsim.DemoPopulation;
import vn.tiepdon.bhxhsim.SimSettings;

/** {@code lookup} against bhxh-sim over HTTP: the classified result as JSON. */
class LookupCommandTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final Settings settings = new ConfigLoader().load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of());
    BhxhSimulator sim;

    @BeforeEach
    void start() {
        sim = new BhxhSimulator(SimSettings.demo(), DemoPopulation.create(), Clock.systemUTC()).start(0);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private static final Map<String, String> ENV = Map.of("TIEPDON_BHXH_USERNAME", SimSettings.DEMO_USERNAME,
            "TIEPDON_BHXH_PASSWORD", SimSettings.DEMO_PASSWORD, "TIEPDON_BHXH_STAFF_NAME", SimSettings.DEMO_STAFF_NAME,
            "TIEPDON_BHXH_STAFF_CCCD", SimSettings.DEMO_STAFF_CCCD, "TIEPDON_BHXH_URL", "http://unused.invalid");

    private int run(Map<String, String> env, String card, String name, String dob) throws Exception {
        LookupCommand command = new LookupCommand();
        command.gateway = sim.baseUrl();
        command.card = card;
        command.name = name;
        command.dob = dob;
        return command.run(settings, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsTheClassifiedAnswerWithTheCard() throws Exception {
        var p = DemoPopulation.ELIGIBLE_BY_CCCD;

        assertThat(run(ENV, p.cccd(), p.fullName(), p.dateOfBirth().toString())).isZero();

        JsonNode json = json();
        assertThat(json.get("code").asText()).isEqualTo("000");
        assertThat(json.get("class").asText()).isEqualTo("ELIGIBLE");
        assertThat(json.get("patientMessage").asText()).startsWith("Thẻ BHYT hợp lệ");
        assertThat(json.get("staffMessage").asText()).startsWith("Mã 000");
        assertThat(json.at("/card/fullName").asText()).isEqualTo(p.fullName());
        assertThat(json.at("/card/cardNumber").asText()).isEqualTo(p.cardNumber());
        assertThat(json.get("millis").isNumber()).isTrue();
        assertThat(json.get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void oldCardAnswerCarriesTheNewCard() throws Exception {
        var p = DemoPopulation.OLD_CARD_EXPIRED_NEW_CARD;

        run(ENV, p.cccd(), p.fullName(), p.dateOfBirth().toString());

        JsonNode json = json();
        assertThat(json.get("code").asText()).isEqualTo("003");
        assertThat(json.get("class").asText()).isEqualTo("ELIGIBLE_WITH_WARNING");
        assertThat(json.at("/card/newCard/cardNumber").asText()).isNotBlank().isNotEqualTo(p.cardNumber());
        assertThat(json.at("/card/newCard/validTo").asText()).matches("\\d{2}/\\d{2}/\\d{4}");
        assertThat(json.at("/card/newCard/registeredFacility").asText()).hasSize(5);
    }

    @Test
    void yearOnlyBirthDateIsAccepted() throws Exception {
        var p = DemoPopulation.ELIGIBLE_BIRTH_YEAR_ONLY;

        run(ENV, p.cardNumber(), p.fullName(), "1950");

        assertThat(json().get("class").asText()).isEqualTo("ELIGIBLE");
    }

    @Test
    void unreachableGatewayIsAGatewayErrorWithoutCode() throws Exception {
        LookupCommand command = new LookupCommand();
        command.gateway = "http://127.0.0.1:1";
        command.card = "001085012345";
        command.name = "";
        command.dob = null;

        command.run(settings, ENV, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        JsonNode json = json();
        assertThat(json.get("code").isNull()).isTrue();
        assertThat(json.get("class").asText()).isEqualTo("GATEWAY_ERROR");
        assertThat(json.get("outcome").asText()).isEqualTo("NO_ANSWER:UNREACHABLE");
    }

    @Test
    void missingCredentialsOrBadBirthDateExitWith2() throws Exception {
        assertThat(run(Map.of(), "001085012345", "", null)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("TIEPDON_BHXH_PASSWORD");
        assertThat(run(ENV, "001085012345", "", "05/03/1985")).isEqualTo(2);
        assertThat(out.size()).isZero();
    }
}
