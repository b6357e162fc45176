package vn.tiepdon.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.tiepdon.app.Tiepdon;

/** The {@code parse} command-line contract: one JSON object and exit 0, or exit 2 and one line on stderr. */
class ParseCommandTest {
    final ObjectMapper json = new ObjectMapper();

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Tiepdon.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void printsACccdQrAsOneJsonObject() throws Exception {
        Run r = run("parse", "079090001234|025123456|Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip().lines()).hasSize(1);
        JsonNode j = json.readTree(r.out());
        assertThat(j.get("kind").asText()).isEqualTo("CCCD_QR");
        assertThat(j.get("idNumber").asText()).isEqualTo("079090001234");
        assertThat(j.get("oldIdNumber").asText()).isEqualTo("025123456");
        assertThat(j.get("fullName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(j.get("dateOfBirth").asText()).isEqualTo("1990-08-15");
        assertThat(j.get("sex").asText()).isEqualTo("MALE");
        assertThat(j.get("issueDate").asText()).isEqualTo("2021-04-20");
        assertThat(j.has("cardNumber")).isFalse();
    }

    @Test
    void printsABhytQrWithEveryCardField() throws Exception {
        Run r = run("parse", "HC4010123456789|4e677579e1bb856e2056c4836e2041|05/03/1994|1|53e1bb912031322c205068c6b0e1bb9d6e672042e1babf6e204e6768c3a92c2054502048e1bb93204368c3ad204d696e68|79 - 024|01/01/2025|31/12/2025|15/12/2024|7901234567|-|K1|01/06/2027|0a1b2c3d4e5f-3|$");
        assertThat(r.exit()).isZero();
        JsonNode j = json.readTree(r.out());
        assertThat(j.get("kind").asText()).isEqualTo("BHYT_QR");
        assertThat(j.get("cardNumber").asText()).isEqualTo("HC4010123456789");
        assertThat(j.get("benefitLevel").isInt()).isTrue();
        assertThat(j.get("benefitLevel").asInt()).isEqualTo(4);
        assertThat(j.get("provinceCode").asText()).isEqualTo("01");
        assertThat(j.get("socialInsuranceNumber").asText()).isEqualTo("0123456789");
        assertThat(j.get("fullName").asText()).isEqualTo("Nguyễn Văn A");
        assertThat(j.get("registeredFacility").asText()).isEqualTo("79024");
        assertThat(j.get("validFrom").asText()).isEqualTo("2025-01-01");
        assertThat(j.get("validTo").asText()).isEqualTo("2025-12-31");
        assertThat(j.get("fiveYearDate").asText()).isEqualTo("2027-06-01");
    }

    @Test
    void printsBareNumbers() throws Exception {
        JsonNode cccd = json.readTree(run("parse", "079090001234").out());
        assertThat(cccd.get("kind").asText()).isEqualTo("CCCD_NUMBER");
        JsonNode bhyt = json.readTree(run("parse", "DN4790123456789").out());
        assertThat(bhyt.get("kind").asText()).isEqualTo("BHYT_NUMBER");
        assertThat(bhyt.get("benefitLevel").asInt()).isEqualTo(4);
        JsonNode ten = json.readTree(run("parse", "0123456789").out());
        assertThat(ten.get("kind").asText()).isEqualTo("BHYT_NUMBER");
        assertThat(ten.has("benefitLevel")).isFalse();
    }

    @Test
    void exitsTwoWithAOneLineReasonForMalformedInput() {
        Run r = run("parse", "HC6010123456789");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("benefit level");
    }

    @Test
    void answersHelp() {
        Run r = run("parse", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("TEXT");
    }

    @Test
    void printsAVneidQrWithItsExpiryAndSaysWhatField7Was() throws Exception {
        Run r = run("parse", "079090001234|025123456|Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|15082065");
        assertThat(r.exit()).isZero();
        JsonNode j = json.readTree(r.out());
        assertThat(j.get("kind").asText()).isEqualTo("VNEID_QR");
        assertThat(j.get("expiryDate").asText()).isEqualTo("2065-08-15");
        assertThat(j.get("field7").asText()).isEqualTo("EXPIRY_DATE");
        assertThat(j.has("issueDate")).isFalse();
    }

    @Test
    void printsA2024CanCuocQrWithItsUnknownFields() throws Exception {
        Run r = run("parse", "079090001234||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|01072024"
                + "|Nguyễn Văn Bình|Trần Thị Cúc");
        assertThat(r.exit()).isZero();
        JsonNode j = json.readTree(r.out());
        assertThat(j.get("kind").asText()).isEqualTo("CAN_CUOC_QR");
        assertThat(j.get("issueDate").asText()).isEqualTo("2024-07-01");
        assertThat(j.get("field7").asText()).isEqualTo("ISSUE_DATE");
        assertThat(j.get("unknownFields").isArray()).isTrue();
        assertThat(j.get("unknownFields").get(0).asText()).isEqualTo("Nguyễn Văn Bình");
        assertThat(j.get("unknownFields").get(1).asText()).isEqualTo("Trần Thị Cúc");
    }

    @Test
    void refusesACovidQrWithItsKindOnStdout() throws Exception {
        Run r = run("parse", "079090001234|NGUYEN VAN AN|1990-08-15|1|Q1|<1<HS4010120878821<0901234567");
        assertThat(r.exit()).isEqualTo(2);
        JsonNode j = json.readTree(r.out());
        assertThat(j.get("kind").asText()).isEqualTo("COVID_QR");
        assertThat(j.get("refused").asBoolean()).isTrue();
        assertThat(r.err()).startsWith("refused: a COVID-era personal QR");
        assertThat(r.err()).doesNotContain("079090001234");
    }

    @Test
    void refusesATicketQrNamingTheTicket() throws Exception {
        Run r = run("parse", "TIEPDON:TICKET:2026-03-14:A012");
        assertThat(r.exit()).isEqualTo(2);
        JsonNode j = json.readTree(r.out());
        assertThat(j.get("kind").asText()).isEqualTo("TICKET_QR");
        assertThat(j.get("refused").asBoolean()).isTrue();
        assertThat(j.get("ticketDay").asText()).isEqualTo("2026-03-14");
        assertThat(j.get("ticketNumber").asText()).isEqualTo("A012");
        assertThat(r.err().strip()).isEqualTo("refused: a queue ticket of this hospital, not an identity: ticket A012");
    }
}
