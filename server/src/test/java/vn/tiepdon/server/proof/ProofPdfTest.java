package vn.tiepdon.server.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.server.eligibility.GatewayCaller;
import vn.tiepdon.server.eligibility.ReceivedReply;
import vn.tiepdon.server.eligibility.SentRequest;
import vn.tiepdon.server.lookups.LookupAttempt;
import vn.tiepdon.server.lookups.LookupRecord;

/** The proof's page read back with PDFBox's text extraction: what was sent, what came back, the retries. */
class ProofPdfTest {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 08:15:03 in Vietnam. */
    static final Instant CHECKIN = Instant.parse("2026-11-22T01:15:03Z");
    static final Instant PRINTED = Instant.parse("2026-11-22T02:40:00Z");
    static final String CCCD = "079190001234";
    static final String NAME = "Nguyễn Thị Ánh Tuyết";
    static final SentRequest SENT = new SentRequest(CCCD, NAME, "15/08/1990", "01999_BV", "Trần Thị Bích");

    final ProofContent content = new ProofContent("01999", "Bệnh viện Đa khoa Tỉnh Hưng Yên", VIETNAM);
    final ProofPdf pdf = new ProofPdf();

    static LookupRecord lookup(OutcomeKind outcome, Optional<String> code, LookupClass cls, long millis, int attempts,
                               boolean pending, Optional<LookupRecord.Fix> fix) {
        return new LookupRecord(42, CHECKIN, LocalDate.of(2026, 11, 22), "kiosk-1", IdentificationMethod.QR,
                DocumentKind.CCCD_QR, CCCD, Optional.of(NAME), Optional.of("1990-08-15"), outcome, code, cls,
                outcome.answered() ? Optional.empty() : Optional.of("no answer within 4000 ms"), "x", "y", millis,
                attempts, pending, fix, Optional.empty(), Optional.empty());
    }

    static LookupAttempt timeout(int n, Instant at, boolean background) {
        return new LookupAttempt(42, n, at, background, OutcomeKind.NO_ANSWER_TIMEOUT, Optional.empty(),
                LookupClass.GATEWAY_ERROR, 4000, Optional.of(background ? GatewayCaller.BACKGROUND : GatewayCaller.KIOSK),
                Optional.of(SENT), Optional.empty());
    }

    static LookupAttempt answered(int n, Instant at, String code, LookupClass cls, String message) {
        return new LookupAttempt(42, n, at, true, OutcomeKind.ANSWERED, Optional.of(code), cls, 730,
                Optional.of(GatewayCaller.BACKGROUND), Optional.of(SENT),
                Optional.of(new ReceivedReply(200, 187, Optional.of(message))));
    }

    static String text(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static int pages(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void aWrongBirthDateAnswerShowsWhatWasSentTheCodeItsMeaningAndTheRetries() throws IOException {
        LookupRecord l = lookup(OutcomeKind.ANSWERED, Optional.of("070"), LookupClass.FIXABLE_DATA_ERROR, 730, 3,
                false, Optional.of(new LookupRecord.Fix(LookupOverride.Action.ACCEPT_PAPER_CARD, "user:lan",
                        CHECKIN.plusSeconds(600), "Thẻ giấy còn hạn, ngày sinh trên thẻ 15/08/1990",
                        Optional.of("HS4010123456811"))));
        List<LookupAttempt> attempts = List.of(timeout(1, CHECKIN, false), timeout(2, CHECKIN.plusSeconds(5), false),
                answered(3, CHECKIN.plusSeconds(65), "070", LookupClass.FIXABLE_DATA_ERROR,
                        "Ngày sinh không đúng với dữ liệu thẻ BHYT"));

        byte[] bytes = pdf.write(content.of(l, attempts, PRINTED, "user:lan"));
        String text = text(bytes);

        assertThat(pages(bytes)).isEqualTo(1);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text).contains("BẰNG CHỨNG TRA CỨU THẺ BHYT KHÔNG THÀNH CÔNG",
                "Bệnh viện Đa khoa Tỉnh Hưng Yên", "01999",
                "22/11/2026 08:15:03 (UTC+07:00)", "Kiosk kiosk-1",
                "01999_BV", "Trần Thị Bích",
                CCCD, NAME, "15/08/1990",
                "Mã 070: sai ngày sinh so với dữ liệu BHXH",
                "Ngày sinh không đúng với dữ liệu thẻ BHYT", "Mã HTTP",
                "Các lần gửi yêu cầu tra cứu (3 lần",
                "Chấp nhận theo thẻ BHYT giấy (số thẻ HS40", "user:lan", "22/11/2026 08:25:03",
                "Người lập", "(ký, ghi rõ họ tên)", "Ngày 22 tháng 11 năm 2026");
        // the table: the kiosk's two timeouts and the background retry that got code 070
        assertThat(text).contains("22/11 08:15:03", "22/11 08:15:08", "22/11 08:16:08",
                "Không trả lời: hết thời gian chờ", "Mã 070 · sai thông tin", "Tự tra cứu lại", "4,0 giây", "730 ms");
        assertThat(text).doesNotContain("?", "HS4010123456811");
        render(bytes, "proof-of-failed-lookup");
    }

    /** The page as an image in target/screenshots (docs/screenshots keeps a copy). */
    static void render(byte[] bytes, String name) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(doc)
                    .renderImageWithDPI(0, 90);
            assertThat(image.getWidth()).isBetween(740, 750); // A4 at 90 dpi: 8.27 in
            javax.imageio.ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
        }
    }

    @Test
    void aLookupTheGatewayNeverAnsweredSaysAfterHowLong() throws IOException {
        LookupRecord l = lookup(OutcomeKind.NO_ANSWER_TIMEOUT, Optional.empty(), LookupClass.GATEWAY_ERROR, 4000, 2,
                false, Optional.empty());

        String text = text(pdf.write(content.of(l, List.of(timeout(1, CHECKIN, false),
                timeout(2, CHECKIN.plusSeconds(5), false)), PRINTED, "user:lan")));

        assertThat(text).contains("Cổng BHXH không trả lời sau 4,0 giây",
                "Cổng BHXH không trả lời trong thời gian chờ", "Chưa có")
                .doesNotContain("Mã HTTP", "tạm thời");
    }

    @Test
    void aPendingLookupSaysItIsStillRetried() throws IOException {
        LookupRecord l = lookup(OutcomeKind.NO_ANSWER_TIMEOUT, Optional.empty(), LookupClass.GATEWAY_ERROR, 4000, 1,
                true, Optional.empty());

        String text = text(pdf.write(content.of(l, List.of(timeout(1, CHECKIN, false)), PRINTED, "user:lan")));

        assertThat(text).contains("hệ thống vẫn đang tự động tra cứu lại", "bằng chứng tạm thời",
                "Kết quả từ cổng BHXH (đến lúc in)", "(đang tự động tra cứu lại)");
    }

    @Test
    void manyRetriesStillFitOnePageWithTheFirstAndTheLast() throws IOException {
        List<LookupAttempt> attempts = new ArrayList<>();
        attempts.add(timeout(1, CHECKIN, false));
        attempts.add(timeout(2, CHECKIN.plusSeconds(5), false));
        for (int n = 3; n <= 120; n++) {
            attempts.add(timeout(n, CHECKIN.plusSeconds(60L * n), true));
        }
        String longReason = "Người bệnh mang thẻ giấy; ".repeat(20);
        LookupRecord l = lookup(OutcomeKind.NO_ANSWER_TIMEOUT, Optional.empty(), LookupClass.GATEWAY_ERROR, 4000, 120,
                false, Optional.of(new LookupRecord.Fix(LookupOverride.Action.FEE_PAYING, "user:lan", PRINTED,
                        longReason, Optional.empty())));

        byte[] bytes = pdf.write(content.of(l, attempts, PRINTED, "user:lan"));
        String text = text(bytes);

        assertThat(pages(bytes)).isEqualTo(1);
        // the first rows (the kiosk's) and the last retry are there, with how many were left out
        assertThat(text).contains("22/11 08:15:03", "22/11 08:15:08", "22/11 10:15:03",
                "(120 lần, kể cả các lần hệ thống tự tra cứu lại)");
        java.util.regex.Matcher omitted = java.util.regex.Pattern
                .compile("… (\\d+) lần gửi khác không in ra").matcher(text);
        assertThat(omitted.find()).as(text).isTrue();
        int left = Integer.parseInt(omitted.group(1));
        long rowsShown = text.lines().filter(line -> line.matches("\\d+ 22/11 \\d\\d:\\d\\d:\\d\\d .*")).count();
        assertThat(rowsShown + left).isEqualTo(120);
        assertThat(rowsShown).isGreaterThan(10);
        // the signature stays on the page
        assertThat(text).contains("Người lập", "Xác nhận của cơ sở khám chữa bệnh");
    }

    @Test
    void theVietnameseLettersAreEmbeddedAndReadBackWhole() throws IOException {
        String every = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệ"
                + "ỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";
        SentRequest sent = new SentRequest(CCCD, every, "1990", "01999_BV", "Trần Thị Bích");
        LookupAttempt a = new LookupAttempt(42, 1, CHECKIN, false, OutcomeKind.NO_ANSWER_UNREACHABLE, Optional.empty(),
                LookupClass.GATEWAY_ERROR, 120, Optional.of(GatewayCaller.KIOSK), Optional.of(sent), Optional.empty());
        LookupRecord l = lookup(OutcomeKind.NO_ANSWER_UNREACHABLE, Optional.empty(), LookupClass.GATEWAY_ERROR, 120, 1,
                false, Optional.empty());

        byte[] bytes = pdf.write(content.of(l, List.of(a), PRINTED, "user:lan"));

        assertThat(text(bytes).replaceAll("\\s+", "")).contains(every);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            var resources = doc.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName());
            }
            assertThat(fonts).anyMatch(f -> f.endsWith("DejaVuSans")).anyMatch(f -> f.endsWith("DejaVuSans-Bold"));
        }
    }

    @Test
    void aDecomposedNameIsShownComposedAndALetterNoFontHasAsAQuestionMark() throws IOException {
        String decomposed = java.text.Normalizer.normalize("Lê Thị Hồng", java.text.Normalizer.Form.NFD);
        SentRequest sent = new SentRequest(CCCD, decomposed + " \u4E2D", "1990", "01999_BV", "Trần Thị Bích");
        LookupAttempt a = new LookupAttempt(42, 1, CHECKIN, false, OutcomeKind.NO_ANSWER_UNREACHABLE, Optional.empty(),
                LookupClass.GATEWAY_ERROR, 120, Optional.of(GatewayCaller.KIOSK), Optional.of(sent), Optional.empty());
        LookupRecord l = lookup(OutcomeKind.NO_ANSWER_UNREACHABLE, Optional.empty(), LookupClass.GATEWAY_ERROR, 120, 1,
                false, Optional.empty());

        String text = text(pdf.write(content.of(l, List.of(a), PRINTED, "user:lan")));

        assertThat(text).contains("Lê Thị Hồng ?");
    }

    @Test
    void theFirstAndLastRowsAreKeptWhenTheyDoNotFit() {
        assertThat(ProofPdf.shownRows(3, 10)).containsExactly(0, 1, 2);
        assertThat(ProofPdf.shownRows(10, 5)).containsExactly(0, 1, -1, 8, 9);
        assertThat(ProofPdf.shownRows(10, 6)).containsExactly(0, 1, 2, -1, 8, 9);
    }

    @Test
    void durationsAreInVietnamese() {
        assertThat(ProofContent.seconds(850)).isEqualTo("850 ms");
        assertThat(ProofContent.seconds(4000)).isEqualTo("4,0 giây");
        assertThat(ProofContent.seconds(35_250)).isEqualTo("35,2 giây");
        assertThat(ProofContent.silence(LookupOutcome.Reason.TIMEOUT, 60_000))
                .isEqualTo("Cổng BHXH không trả lời sau 60,0 giây");
    }
}
