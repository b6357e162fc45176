package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;

/** The override form without Swing, against the fake server: checks, what is sent, the answer, refusals. */
class LookupFixTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Clock CLOCK = Clock.fixed(Tickets.MORNING, VIETNAM); // 23/11/2026
    private static final String VALID_CCCD = "079185012345";
    private static final String VALID_CARD = "DN4797912345678";

    private final FakeReceptionApi api = new FakeReceptionApi();
    private final DeskModel model = new DeskModel(api, "1");
    private final TicketView a1 = Tickets.waiting(1, "A001", "Nguyễn Văn An", LookupClass.ELIGIBLE);
    private final TicketView a2 = Tickets.waiting(2, "A002", "Trần Thị Bình", LookupClass.FIXABLE_DATA_ERROR);
    private LookupFix fix;

    @BeforeEach
    void openTheFormForA002() {
        api.tickets.addAll(List.of(a1, a2));
        model.refresh();
        fix = model.lookupFix(model.snapshot().ticket(2).orElseThrow(), CLOCK).orElseThrow();
    }

    @Test
    void showsTheLookupAndTheValuesSentWithTheNumberMasked() {
        assertThat(fix.ticket().lookup().label()).isEqualTo("Sai thông tin — cần sửa");
        assertThat(fix.ticket().lookup().staffMessage()).startsWith("Mã 060: sai họ tên");
        assertThat(fix.sentValues())
                .isEqualTo("Đã gửi: Quét mã QR · QR trên CCCD · số 0790*****678 · họ tên Trần Thị Bình");
        assertThat(fix.fullName()).isEqualTo("Trần Thị Bình");
        assertThat(fix.action()).isEqualTo(LookupOverride.Action.RERUN);
    }

    @Test
    void anEligibleTicketHasNothingToFix() {
        assertThat(model.lookupFix(model.snapshot().ticket(1).orElseThrow(), CLOCK)).isEmpty();
    }

    @Test
    void okStaysDisabledWithAHintUntilAReasonIsTyped() {
        fix.fullName("Trần Thị Bích");
        assertThat(fix.canSend()).isFalse();
        assertThat(fix.hint()).contains("Ghi lý do để gửi (bắt buộc).");

        fix.reason("   ");
        assertThat(fix.canSend()).isFalse();

        fix.reason("Tên trên CCCD là Bích");
        assertThat(fix.canSend()).isTrue();
        assertThat(fix.hint()).isEmpty();
    }

    @Test
    void aReasonLongerThanTheLimitIsRefusedHere() {
        fix.reason("x".repeat(501));

        assertThat(fix.problems()).containsEntry(LookupFix.Field.REASON, "Lý do dài quá 500 ký tự (501).");
        assertThat(fix.canSend()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(value = {
        "07918501234|Số CCCD gồm đúng 12 chữ số.",
        "0791850123456|Số CCCD gồm đúng 12 chữ số.",
        "07918501234a|Số CCCD gồm đúng 12 chữ số.",
        "179185012345|Số CCCD không hợp lệ: phải bắt đầu bằng 0 và có mã tỉnh đúng (chữ số 2–3).",
        "099185012345|Số CCCD không hợp lệ: phải bắt đầu bằng 0 và có mã tỉnh đúng (chữ số 2–3)."}, delimiter = '|')
    void rejectsAnInvalidCccdNumberBeforeSending(String typed, String problem) {
        fix.idNumber(typed);
        fix.reason("sửa số");

        assertThat(fix.problems()).containsEntry(LookupFix.Field.ID_NUMBER, problem);
        assertThat(fix.canSend()).isFalse();
        assertThat(fix.hint()).contains(problem);
    }

    @Test
    void acceptsAValidCccdNumberTypedWithSpaces() {
        fix.idNumber("079 185 012 345");
        fix.reason("kiosk đọc sai số");

        assertThat(fix.problems()).isEmpty();
        assertThat(fix.request().idNumber()).contains(VALID_CCCD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DN6797912345678", "ZZ4797912345678", "DN4007912345678", "DN479791234567",
        "791234567", "DN47979123456X8", "079185012345"})
    void rejectsAnInvalidBhytNumberBeforeSending(String typed) {
        fix.cardNumber(typed);
        fix.reason("sửa số thẻ");

        assertThat(fix.problems()).containsEntry(LookupFix.Field.CARD_NUMBER, "Số thẻ BHYT không hợp lệ: 15 ký tự "
                + "(mã đối tượng, mức hưởng 1–5, mã tỉnh, 10 số) hoặc 10 chữ số.");
        assertThat(fix.canSend()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {VALID_CARD, "dn4797912345678", "7912345678"})
    void acceptsAValidBhytNumber(String typed) {
        fix.cardNumber(typed);
        fix.reason("thẻ mới");

        assertThat(fix.problems()).isEmpty();
        assertThat(fix.request().cardNumber()).contains(typed.toUpperCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @CsvSource({"07/03/1985, 1985-03-07", "7/3/1985, 1985-03-07", "1985-03-07, 1985-03-07", "1985, 1985",
        "23/11/2026, 2026-11-23"})
    void readsTheBirthDateDayFirstOrTheYear(String typed, String sent) {
        fix.dateOfBirth(typed);
        fix.reason("sai ngày sinh");

        assertThat(fix.request().dateOfBirth()).contains(sent);
    }

    @ParameterizedTest
    @CsvSource(value = {"31/02/1985|Ngày sinh không đúng: gõ ngày/tháng/năm (07/03/1985) hoặc năm sinh (1985).",
        "1985/03/07|Ngày sinh không đúng: gõ ngày/tháng/năm (07/03/1985) hoặc năm sinh (1985).",
        "1850|Ngày sinh không đúng: gõ ngày/tháng/năm (07/03/1985) hoặc năm sinh (1985).",
        "24/11/2026|Ngày sinh không thể sau hôm nay.", "2027|Ngày sinh không thể sau hôm nay."}, delimiter = '|')
    void rejectsABirthDateThatIsNotOne(String typed, String problem) {
        fix.dateOfBirth(typed);
        fix.reason("sai ngày sinh");

        assertThat(fix.problems()).containsEntry(LookupFix.Field.DATE_OF_BIRTH, problem);
    }

    @Test
    void aRerunCarriesOnlyTheValuesTheReceptionistChanged() {
        fix.fullName("  Trần   Thị Bình ");
        fix.dateOfBirth("07/03/1985");
        fix.reason("ngày sinh trên thẻ khác");

        LookupOverride request = fix.request();

        assertThat(request.action()).isEqualTo(LookupOverride.Action.RERUN);
        assertThat(request.fullName()).isEmpty(); // the same name, spaces aside: not re-sent
        assertThat(request.idNumber()).isEmpty();
        assertThat(request.cardNumber()).isEmpty();
        assertThat(request.dateOfBirth()).contains("1985-03-07");
        assertThat(request.reason()).isEqualTo("ngày sinh trên thẻ khác");
    }

    @Test
    void aNameTypedWithDecomposedAccentsIsSentComposed() {
        fix.fullName(java.text.Normalizer.normalize("Trần Thị Bích", java.text.Normalizer.Form.NFD));
        fix.reason("sai tên");

        assertThat(fix.request().fullName()).contains("Trần Thị Bích");
    }

    @Test
    void anEmptiedNameIsAProblem() {
        fix.fullName(" ");
        fix.reason("x");

        assertThat(fix.problems()).containsEntry(LookupFix.Field.FULL_NAME, "Nhập họ tên như trên giấy tờ.");
    }

    @Test
    void acceptingAPaperCardNeedsItsNumberAndSendsNothingElse() {
        fix.action(LookupOverride.Action.ACCEPT_PAPER_CARD);
        fix.fullName("Tên khác");
        fix.dateOfBirth("1985");
        fix.reason("thẻ giấy còn hạn");
        assertThat(fix.problems()).containsOnlyKeys(LookupFix.Field.CARD_NUMBER);
        assertThat(fix.hint()).contains("Nhập số thẻ BHYT trên thẻ (15 ký tự hoặc 10 chữ số).");
        assertThat(fix.uses(LookupFix.Field.FULL_NAME)).isFalse();

        fix.cardNumber(VALID_CARD);

        assertThat(fix.request()).isEqualTo(new LookupOverride(LookupOverride.Action.ACCEPT_PAPER_CARD,
                "thẻ giấy còn hạn", Optional.empty(), Optional.empty(), Optional.of(VALID_CARD), Optional.empty()));
    }

    @Test
    void feePayingNeedsOnlyAReason() {
        fix.action(LookupOverride.Action.FEE_PAYING);
        fix.cardNumber("not a card");
        assertThat(fix.problems()).containsOnlyKeys(LookupFix.Field.REASON);

        fix.reason("người bệnh chọn khám dịch vụ");

        assertThat(fix.request()).isEqualTo(new LookupOverride(LookupOverride.Action.FEE_PAYING,
                "người bệnh chọn khám dịch vụ", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    @Test
    void theAnswerUpdatesTheDesksRowAndTheDialogShowsTheNewClass() {
        fix.fullName("Trần Thị Bích");
        fix.reason("Tên trên CCCD là Bích");

        LookupFix.Result result = fix.send();

        assertThat(api.calls).contains("override 102 RERUN");
        assertThat(api.overrides).singleElement().satisfies(o -> assertThat(o.fullName()).contains("Trần Thị Bích"));
        assertThat(result).isInstanceOf(LookupFix.Result.Answered.class);
        assertThat(fix.resultText()).hasValueSatisfying(t -> assertThat(t).startsWith("Kết quả: Hợp lệ. Mã 000"));
        assertThat(fix.fixed()).isTrue();
        assertThat(fix.canSend()).isFalse();
        assertThat(model.snapshot().toFix()).isEmpty();
        assertThat(model.snapshot().ticket(2).orElseThrow().lookup().category()).isEqualTo(LookupCategory.OK);
        assertThat(model.snapshot().lastOutcome()).map(DeskOutcome::message)
                .contains("Đã sửa tra cứu của số A002: Hợp lệ");
        assertThat(fix.auditLines()).containsExactly(
                "09:00 · user:lan · Tra cứu lại với thông tin đã sửa · lý do: Tên trên CCCD là Bích · ELIGIBLE");
    }

    @Test
    void aRerunThatStillFailsLeavesTheFormOpenForAnotherTry() {
        api.rerunGives = LookupClass.FIXABLE_DATA_ERROR;
        fix.fullName("Trần Thị Bính");
        fix.reason("thử tên khác");

        fix.send();

        assertThat(fix.resultText()).hasValueSatisfying(t -> assertThat(t).startsWith("Kết quả: Sai thông tin — cần sửa — vẫn cần sửa."));
        assertThat(fix.fixed()).isFalse();
        assertThat(fix.canSend()).isTrue();
        assertThat(model.snapshot().toFix()).extracting(DeskTicket::number).containsExactly("A002");
    }

    @Test
    void aRefusalIsShownInTheDialogAndChangesNothing() {
        api.refusals.put("override", FakeReceptionApi.refusal(409, ErrorCode.NOTHING_TO_FIX));
        fix.action(LookupOverride.Action.FEE_PAYING);
        fix.reason("tự trả");

        LookupFix.Result result = fix.send();

        assertThat(result).isEqualTo(new LookupFix.Result.Refused(
                "Máy chủ báo lỗi NOTHING_TO_FIX: Tra cứu này không cần sửa."));
        assertThat(fix.resultText()).contains("Máy chủ báo lỗi NOTHING_TO_FIX: Tra cứu này không cần sửa.");
        assertThat(model.snapshot().toFix()).extracting(DeskTicket::number).containsExactly("A002");
        assertThat(fix.canSend()).isTrue();
    }

    @Test
    void anUnreachableServerIsSaidSo() {
        api.refusals.put("override", new ApiException("connect refused", new java.net.ConnectException()));
        fix.action(LookupOverride.Action.FEE_PAYING);
        fix.reason("tự trả");

        assertThat(fix.send()).isEqualTo(new LookupFix.Result.Refused("Không kết nối được máy chủ. Vui lòng thử lại."));
    }

    @Test
    void anIncompleteFormCannotBeSent() {
        assertThatThrownBy(fix::send).isInstanceOf(IllegalStateException.class);
        assertThat(api.overrides).isEmpty();
    }

    @Test
    void theAuditSaysWhenItCouldNotBeLoadedOrIsEmpty() {
        fix.loadAudit();
        assertThat(fix.auditLines()).containsExactly("Chưa sửa lần nào.");

        api.refusals.put("audit", FakeReceptionApi.refusal(403, ErrorCode.FORBIDDEN));
        fix.loadAudit();
        assertThat(fix.auditLines()).containsExactly("Không tải được lịch sử sửa.");
    }
}
