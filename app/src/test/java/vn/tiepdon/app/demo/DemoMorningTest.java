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
        // the five check-ins the issue asks for, in order, then a damaged QR that gets no ticket
        assertThat(out).containsSubsequence("1. CCCD QR of an insured patient", "ELIGIBLE code 000", "ticket    A001",
                "2. BHYT card QR (VssID)", "ELIGIBLE code 000", "ticket    A002",
                "3. CCCD QR, BHYT card expired", "NOT_ELIGIBLE code 010", "ticket    A003",
                "4. CCCD QR while the BHXH gateway does not answer", "GATEWAY_ERROR code - (NO_ANSWER:TIMEOUT)",
                "ticket    A004", "5. 12-digit CCCD number typed", "ELIGIBLE code 000", "ticket    U001 · Ưu tiên",
                "6. a damaged QR", "no ticket: \"Không đọc được mã");
        // the kiosk registers for a clinic and prints its room; priority by age keeps the room too
        assertThat(out).containsSubsequence("1. CCCD QR of an insured patient",
                "clinic    chosen on the registration screen: noi", "ticket    A001 · Khám BHYT",
                "room      Nội tổng quát · Khám tại: Phòng 101 – Tầng 1", "2. BHYT card QR (VssID)",
                "room      Răng Hàm Mặt · Khám tại: Phòng 207 – Tầng 2", "5. 12-digit CCCD number typed",
                "ticket    U001 · Ưu tiên", "room      Mắt · Khám tại: Phòng 212 – Tầng 2",
                "6. a damaged QR", "7. CCCD QR of a serviceman", "clinic    not sure: the desk registers the patient");
        // the expired card: the ticket issued at check-in moves to the fee-paying queue, same number
        assertThat(out).containsSubsequence("3. CCCD QR, BHYT card expired",
                "kiosk     ticket A003 issued, the card cannot be used: the patient chooses a fee-paying visit",
                "NOT_ELIGIBLE code 010",
                "ticket    A003 · Khám dịch vụ · \"Bạn đã chọn khám dịch vụ (tự chi trả). Vui lòng chờ gọi số để đăng ký"
                        + " tại quầy. Số của bạn: A003.\"", "room      Nội tổng quát · Khám tại: Phòng 101 – Tầng 1");
        // every other class at least once
        assertThat(out).containsSubsequence("7. CCCD QR of a serviceman", "ELIGIBLE_WITH_WARNING code 001",
                "ticket    A005", "8. BHYT card QR whose name was misspelt", "FIXABLE_DATA_ERROR code 061",
                "ticket    U002", "11. Set-up error", "SETUP_ERROR code 054", "ticket    A008");
        // the chip: a genuine card verifies, an altered one is flagged for the receptionist
        assertThat(out).containsSubsequence("9. CCCD on the chip reader", "chip      CHIP_VALID", "ticket    A006",
                "desk      portrait of A006 from the chip (DG2, read after printing): image/jpeg",
                "10. a CCCD whose chip data was altered", "chip      CHIP_HASH_MISMATCH → flagged",
                "ticket    A007 · Khám BHYT · \"Vui lòng mang phiếu số A007 và thẻ CCCD đến quầy tiếp đón");
        // a pending lookup: ticket at once, result to the desk when the gateway is back
        assertThat(out).containsSubsequence("12. The BHXH gateway fails", "GATEWAY_ERROR code - (NO_ANSWER:BAD_RESPONSE)",
                "ticket    A009 · Khám BHYT · \"Đang chờ kết quả tra cứu thẻ BHYT",
                "desk      event lookup.completed for A009: lookup ELIGIBLE code 000 after 3 attempt(s)");
        assertThat(out).doesNotContain("A010").doesNotContain("U003");
        // the two patients over 75 (born 1950) went to the priority queue by themselves and are called first,
        // then an ordinary ticket: at most 2 priority calls in a row while others wait
        assertThat(out).containsSubsequence("Quầy 1 calls U001", "display shows \"U001 → Quầy 1\"",
                "voice \"Mời số U001 đến Quầy 1\"", "Quầy 2 calls U002", "Quầy 1 calls A001");
        // the gateway that answers too slowly for the kiosk (6 s) answers the background retry, which waits
        // gateway.backgroundBudget (60 s): the lookup completes, so no lookup is left a gateway error
        assertThat(out).containsSubsequence("4. CCCD QR while the BHXH gateway does not answer",
                "GATEWAY_ERROR code - (NO_ANSWER:TIMEOUT)", "desk      event lookup.completed for A004: lookup ELIGIBLE");
        // the day's figures, in the words of ./tiepdon report success (SuccessReportText): the expired card is an
        // answer, not a failure; no lookup is left a gateway error or pending; no raw Java maps
        assertThat(out).containsSubsequence("Lookup success on ",
                "  answered 8 of 11 (72.7 %), eligible 7 (63.6 %), failed 3 (27.3 %), pending 0;"
                        + " fixed at the desk 0 (counted apart)",
                "By day:", "answered 8 of 11 (72.7 %), eligible 7, failed 3, pending 0",
                "By method:", "  CCCD chip      answered 1 of 2 (50.0 %), eligible 1, failed 1, pending 0",
                "  CCCD QR        answered 5 of 5 (100.0 %), eligible 4, failed 0, pending 0",
                "  BHYT QR        answered 1 of 3 (33.3 %), eligible 1, failed 2, pending 0",
                "  VNeID          no lookups", "  typed number   answered 1 of 1 (100.0 %)",
                "By kiosk:", "  kiosk-1        answered 8 of 11 (72.7 %), eligible 7, failed 3, pending 0",
                "By code:", "  000            answered 6 of 6 (100.0 %), eligible 6, failed 0, pending 0 — thẻ còn giá trị",
                "  001 ", "  010            answered 1 of 1 (100.0 %), eligible 0, failed 0, pending 0"
                        + " — thẻ hết giá trị sử dụng",
                "  054            answered 0 of 1 (0.0 %), eligible 0, failed 1, pending 0 — số CCCD của cán bộ",
                "  061            answered 0 of 2 (0.0 %), eligible 0, failed 2, pending 0 — sai họ tên");
        assertThat(out).doesNotContain("ELIGIBLE=").doesNotContain("TIMEOUT  ").doesNotContain("BAD_RESPONSE  ");
        // identities are printed masked, never whole
        assertThat(out).contains("0010*****345").doesNotContain("001085012345").doesNotContain("Nguyễn Văn An");
        // the ticket bytes went to the printer file and are real ESC/POS
        byte[] printed = Files.readAllBytes(home.resolve("printer").resolve("kiosk-1.escpos"));
        EscPosDocument doc = new EscPosRasterDecoder().decode(printed);
        java.util.List<String> qrs = vn.tiepdon.devices.printing.PrintedQr.texts(doc);
        assertThat(qrs).hasSize(11);
        assertThat(qrs.get(0)).startsWith("TIEPDON:TICKET:").endsWith(":A001");
    }
}
