package vn.tiepdon.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.app.config.ConfigLoader;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.devices.printing.EscPosDocument;
import vn.tiepdon.devices.printing.EscPosRasterDecoder;

/** The headless demo end to end: bhxh-sim over HTTP, the server on an H2 file, kiosk, counters, display. */
class DemoMorningTest {
    @TempDir
    Path home;

    @Test
    void runsAMorningOfCheckInsAndEndsWithTheDaysSuccessRate() throws Exception {
        Settings settings = new ConfigLoader().load(Optional.of(Path.of("../config/tiepdon.yaml")), Map.of());
        Clock clock = Clock.system(settings.hospital().zone());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DemoSystem system = DemoSystem.start(settings, home, clock)) {
            new DemoMorning(system, clock, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("ELIGIBLE code 000", "NOT_ELIGIBLE code 010", "GATEWAY_ERROR code - (NO_ANSWER:TIMEOUT)");
        assertThat(out).contains("ticket    A001", "ticket    A002", "ticket    A003", "ticket    A004", "ticket    A005");
        assertThat(out).doesNotContain("A006");
        assertThat(out).contains("no ticket: \"Không đọc được mã");
        assertThat(out).contains("display shows \"A001 → Quầy 1\"", "voice \"Mời số A001 đến Quầy 1\"");
        assertThat(out).contains("3 of 5 lookups succeeded = 60.0 %");
        // identities are printed masked, never whole
        assertThat(out).contains("0010*****345").doesNotContain("001085012345").doesNotContain("Nguyễn Văn An");
        // the ticket bytes went to the printer file and are real ESC/POS
        byte[] printed = Files.readAllBytes(home.resolve("printer").resolve("kiosk-1.escpos"));
        EscPosDocument doc = new EscPosRasterDecoder().decode(printed);
        assertThat(doc.qrPayloads()).hasSize(5);
        assertThat(doc.qrPayloads().get(0)).endsWith("|A001");
    }
}
