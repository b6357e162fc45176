package vn.tiepdon.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.app.bench.BenchResult;
import vn.tiepdon.app.bench.CardBench;
import vn.tiepdon.app.cli.ParseCommandTest.Run;
import vn.tiepdon.core.identity.Sex;
import vn.tiepdon.devices.smartcard.CardEmulator;
import vn.tiepdon.devices.smartcard.CardHolder;
import vn.tiepdon.devices.smartcard.CardImage;
import vn.tiepdon.devices.smartcard.CccdCardBuilder;
import vn.tiepdon.devices.smartcard.ChipContentReader;
import vn.tiepdon.devices.smartcard.CscaTrustStore;
import vn.tiepdon.devices.smartcard.Dg13Writer;
import vn.tiepdon.devices.smartcard.IssuingAuthority;
import vn.tiepdon.devices.smartcard.LdsFile;
import vn.tiepdon.devices.smartcard.PassiveAuthenticator;
import vn.tiepdon.devices.smartcard.PcscCardReader;
import vn.tiepdon.devices.smartcard.TerminalSource;

/** The {@code read-card} contract against the emulated card through pcscd, and its exit codes. */
class ReadCardCommandTest {
    static final Path SCRIPT = Path.of("../device-drivers/src/test/cccd-emulator/cccd_vicc.py");
    static final String READER = "Virtual PCD 00 00";
    static final Clock CLOCK = Clock.systemDefaultZone();
    static IssuingAuthority authority;
    static final CardHolder AN = CardHolder.of("079090001234", "Nguyễn Văn An", LocalDate.of(1990, 8, 15), Sex.MALE,
            "Số 12 Lê Lợi, TP Hồ Chí Minh", LocalDate.of(2021, 4, 20));
    static final String QR = "079090001234||Nguyễn Văn An|15081990|Nam|Số 12 Lê Lợi, TP Hồ Chí Minh|20042021";

    final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path work;

    @BeforeAll
    static void authority() {
        authority = IssuingAuthority.generate("read-card test", 3, CLOCK);
    }

    private PcscCardReader probe() {
        return new PcscCardReader(TerminalSource.pcsc(), Pattern.compile(READER),
                new ChipContentReader(new PassiveAuthenticator(CscaTrustStore.none()), CLOCK), Duration.ofMillis(100),
                true);
    }

    private void assumePcsc() {
        Optional<String> missing = CardEmulator.unavailableReason(SCRIPT);
        assumeTrue(missing.isEmpty(), () -> "skipped: " + missing.orElse(""));
        assumeTrue(probe().readerNames().contains(READER), "skipped: pcscd with vpcd is not running");
    }

    private Path csca() throws Exception {
        Path dir = Files.createDirectories(work.resolve("csca"));
        Files.write(dir.resolve("csca.der"), authority.csca().getEncoded());
        return dir;
    }

    private Run withCard(CardImage card, String... args) throws Exception {
        PcscCardReader reader = probe();
        assertThat(waitUntil(() -> !reader.isCardPresent())).isTrue();
        try (CardEmulator emulator = CardEmulator.start(SCRIPT, card, work, CardEmulator.DEFAULT_PORT)) {
            assertThat(waitUntil(reader::isCardPresent)).isTrue();
            return ParseCommandTest.run(args);
        } finally {
            waitUntil(() -> !reader.isCardPresent());
        }
    }

    @Test
    @Tag("pcsc")
    void printsTheChipIdentityAsOneJsonObjectWithTheQrKey() throws Exception {
        assumePcsc();
        Path portrait = work.resolve("portrait.jpg");
        Run r = withCard(new CccdCardBuilder(authority).build(AN), "read-card", "--reader", READER, "--qr", QR,
                "--csca", csca().toString(), "--portrait", portrait.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip().lines()).hasSize(1);
        JsonNode j = json.readTree(r.out());
        assertThat(j.get("kind").asText()).isEqualTo("CCCD_CHIP");
        assertThat(j.get("idNumber").asText()).isEqualTo("079090001234");
        assertThat(j.get("fullName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(j.get("dateOfBirth").asText()).isEqualTo("1990-08-15");
        assertThat(j.get("sex").asText()).isEqualTo("MALE");
        assertThat(j.get("issueDate").asText()).isEqualTo("2021-04-20");
        assertThat(j.get("ethnicity").asText()).isEqualTo("Kinh");
        assertThat(j.get("religion").asText()).isEqualTo("Không");
        assertThat(j.get("hometown").asText()).isEqualTo("Hà Nội");
        assertThat(j.get("identifyingMarks").asText()).isNotEmpty();
        assertThat(j.get("fatherName").asText()).isEqualTo("Nguyễn Văn Bình");
        assertThat(j.get("motherName").asText()).isEqualTo("Trần Thị Cúc");
        assertThat(j.get("expiryDate").asText()).isEqualTo("2030-08-15");
        assertThat(j.get("source").asText()).isEqualTo("CHIP");
        assertThat(j.get("access").asText()).isEqualTo("BAC");
        assertThat(j.get("passiveAuth").get("hashes").asText()).isEqualTo("OK");
        assertThat(j.get("passiveAuth").get("signature").asText()).isEqualTo("OK");
        assertThat(j.get("passiveAuth").get("chain").asText()).isEqualTo("OK");
        assertThat(j.get("passiveAuth").get("verdict").asText()).isEqualTo("VALID");
        assertThat(j.get("apdus").asInt()).isPositive();
        assertThat(j.get("millis").isNumber()).isTrue();
        assertThat(Files.readAllBytes(portrait)).startsWith((byte) 0xFF, (byte) 0xD8);
    }

    @Test
    @Tag("pcsc")
    void typedValuesWithoutCscaGiveUntrustedChain() throws Exception {
        assumePcsc();
        Run r = withCard(new CccdCardBuilder(authority).build(AN), "read-card", "--reader", READER,
                "--id", "079090001234", "--dob", "1990-08-15");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = json.readTree(r.out());
        assertThat(j.get("passiveAuth").get("verdict").asText()).isEqualTo("UNTRUSTED_CHAIN");
        assertThat(j.get("keyAttempts").asInt()).isBetween(1, 3);
    }

    @Test
    @Tag("pcsc")
    void dg13AlteredAfterSigningReadsWithHashMismatch() throws Exception {
        assumePcsc();
        CardImage genuine = new CccdCardBuilder(authority).build(AN);
        var fields = CccdCardBuilder.dg13Fields(AN);
        fields.put(2, List.of("Nguyễn Văn Bảo"));
        Run r = withCard(genuine.with(LdsFile.DG13, Dg13Writer.write(fields, false)), "read-card", "--reader",
                READER, "--qr", QR, "--csca", csca().toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(json.readTree(r.out()).get("passiveAuth").get("verdict").asText()).isEqualTo("HASH_MISMATCH");
    }

    @Test
    @Tag("pcsc")
    void wrongBirthDateExitsTwoWithOneLine() throws Exception {
        assumePcsc();
        Run r = withCard(new CccdCardBuilder(authority).build(AN), "read-card", "--reader", READER,
                "--id", "079090001234", "--dob", "1990-08-16", "--issued", "2021-04-20");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("chip not read: WRONG_KEY");
    }

    @Test
    @Tag("pcsc")
    void benchReadsDg1Dg13AndSodWithinTwentyApdus() throws Exception {
        assumePcsc();
        PcscCardReader reader = probe();
        assertThat(waitUntil(() -> !reader.isCardPresent())).isTrue();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        BenchResult result = new CardBench(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                CLOCK).run(SCRIPT, Pattern.compile(Pattern.quote(READER)), 1);

        assertThat(result.line()).startsWith("RESULT bench=card").contains("goal_met=true");
        waitUntil(() -> !reader.isCardPresent());
    }

    @Test
    void rejectsAMalformedIdWithExitTwo() {
        Run r = ParseCommandTest.run("read-card", "--id", "12345", "--dob", "1990-08-15");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("--id must be the 12-digit CCCD number");
    }

    @Test
    void rejectsAQrThatIsNotACccdWithExitTwo() {
        Run r = ParseCommandTest.run("read-card", "--qr", "not a qr");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("--qr is not the QR of a CCCD");
    }

    @Test
    void needsAKey() {
        assertThat(ParseCommandTest.run("read-card").exit()).isEqualTo(2);
    }

    static boolean waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
