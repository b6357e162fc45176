package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.RecentCheck;
import vn.tiepdon.core.api.VisitHistoryView;
import vn.tiepdon.core.api.VisitView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.OutcomeKind;

/** The visit-history dialog's model and the warning of checks elsewhere, without Swing, in both languages. */
class VisitHistoryTest {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 2026-11-23 08:00 in Vietnam, as {@link Tickets#MORNING}. */
    static final Clock MORNING = Clock.fixed(Tickets.MORNING, VIETNAM);
    static final VisitView MARCH = new VisitView(Optional.of("01929202500001"), Optional.of("01929"),
            Optional.of(LocalDateTime.of(2025, 3, 10, 10, 30)), Optional.of(LocalDateTime.of(2025, 3, 10, 14, 30)),
            Optional.of("Viêm dạ dày"), Optional.of("4"), Optional.of("1"), Optional.of("1"));
    static final VisitView JUNE = new VisitView(Optional.of("01999202500042"), Optional.of("01999"),
            Optional.of(LocalDateTime.of(2025, 6, 1, 8, 0)), Optional.of(LocalDateTime.of(2025, 6, 5, 9, 15)),
            Optional.of("Tăng huyết áp vô căn (nguyên phát)"), Optional.of("1"), Optional.of("2"), Optional.of("2"));
    static final VisitView ODD = new VisitView(Optional.empty(), Optional.of("79024"),
            Optional.of(LocalDateTime.of(2024, 12, 24, 19, 5)), Optional.empty(), Optional.empty(), Optional.of("9"),
            Optional.empty(), Optional.empty());

    private final FakeReceptionApi api = new FakeReceptionApi();
    private final DeskTicket ticket = DeskTicket.of(Tickets.waiting(2, "A002", "Trần Thị Bình", LookupClass.ELIGIBLE),
            DeskMessages.vietnamese());

    static VisitHistoryView answered(String code, LookupClass cls, List<VisitView> visits) {
        return new VisitHistoryView(102, Tickets.MORNING, OutcomeKind.ANSWERED, Optional.of(code), cls, "", 5200,
                visits);
    }

    private VisitHistory history(DeskMessages m) {
        return new VisitHistory(DeskTicket.of(ticket.ticket(), m), api, m, "01999");
    }

    @Test
    void saysItIsLoadingUntilTheServerAnswers() {
        VisitHistory h = history(DeskMessages.vietnamese());

        assertThat(h.state()).isInstanceOf(VisitHistory.State.Loading.class);
        assertThat(h.heading()).isEqualTo("Lịch sử KCB — số A002 · Trần Thị Bình");
        assertThat(h.status()).startsWith("Đang tải…");
        assertThat(h.rows()).isEmpty();
        assertThat(api.calls).isEmpty();
    }

    @Test
    void listsTheVisitsMostRecentFirstWithTheCodesNamed() {
        api.history = id -> answered("000", LookupClass.ELIGIBLE, List.of(ODD, MARCH, JUNE));
        VisitHistory h = history(DeskMessages.vietnamese());

        h.load();

        assertThat(api.calls).containsExactly("history 102");
        assertThat(h.status()).isEqualTo("Các lượt khám chữa bệnh gần nhất: 3 lượt (mới nhất ở trên).");
        assertThat(h.failed()).isFalse();
        assertThat(h.rows()).containsExactly(
                List.of("01/06/2025 08:00", "05/06/2025 09:15", "01999 (bệnh viện này)",
                        "Tăng huyết áp vô căn (nguyên phát)", "Ra viện", "Đỡ", "Cấp cứu"),
                List.of("10/03/2025 10:30", "10/03/2025 14:30", "01929", "Viêm dạ dày", "Xin ra viện", "Khỏi",
                        "Đúng tuyến"),
                List.of("24/12/2024 19:05", "—", "79024", "—", "mã 9", "—", "—"));
    }

    @Test
    void showsTheSameInEnglish() {
        api.history = id -> answered("000", LookupClass.ELIGIBLE, List.of(MARCH, JUNE));
        VisitHistory h = history(new DeskMessages(Locale.ENGLISH));

        h.load();

        assertThat(h.heading()).isEqualTo("Visit history — ticket A002 · Trần Thị Bình");
        assertThat(h.status()).isEqualTo("Latest visits: 2 (most recent first).");
        assertThat(h.rows().get(0)).containsExactly("01/06/2025 08:00", "05/06/2025 09:15", "01999 (this hospital)",
                "Tăng huyết áp vô căn (nguyên phát)", "Discharged", "Improved", "Emergency");
    }

    @Test
    void anEmptyHistorySaysThereIsNone() {
        api.history = id -> answered("000", LookupClass.ELIGIBLE, List.of());
        VisitHistory vi = history(DeskMessages.vietnamese());
        VisitHistory en = history(new DeskMessages(Locale.ENGLISH));

        vi.load();
        en.load();

        assertThat(vi.status()).isEqualTo("Cổng BHXH không có lượt khám chữa bệnh nào trong lịch sử của thẻ này.");
        assertThat(en.status()).isEqualTo("The BHXH gateway lists no visit in this card's history.");
        assertThat(vi.failed()).isFalse();
        assertThat(vi.rows()).isEmpty();
    }

    @Test
    void aGatewayRefusalShowsTheCodesStaffTextInTheDesksLanguage() {
        api.history = id -> answered("070", LookupClass.FIXABLE_DATA_ERROR, List.of());
        VisitHistory vi = history(DeskMessages.vietnamese());
        VisitHistory en = history(new DeskMessages(Locale.ENGLISH));

        vi.load();
        en.load();

        assertThat(vi.status()).isEqualTo("Chưa lấy được lịch sử KCB. Mã 070: sai ngày sinh so với dữ liệu BHXH — "
                + "kiểm tra lại ngày sinh và tra cứu lại");
        assertThat(vi.failed()).isTrue();
        assertThat(en.status()).startsWith("The visit history could not be fetched. Code 070: ");
    }

    @Test
    void noAnswerFromTheGatewaySaysWhyAndWhatToDo() {
        api.history = id -> new VisitHistoryView(102, Tickets.MORNING, OutcomeKind.NO_ANSWER_TIMEOUT,
                Optional.empty(), LookupClass.GATEWAY_ERROR, "…", 30000, List.of());
        VisitHistory h = history(DeskMessages.vietnamese());

        h.load();

        assertThat(h.status()).startsWith("Chưa lấy được lịch sử KCB. Cổng BHXH không trả lời trong thời gian chờ — ");
        assertThat(h.failed()).isTrue();
    }

    @Test
    void aServerRefusalOrNoServerSaysSo() {
        VisitHistory refused = history(DeskMessages.vietnamese());
        refused.load();
        api.history = id -> {
            throw new ApiException("No reception server reachable", null);
        };
        VisitHistory unreachable = history(DeskMessages.vietnamese());
        unreachable.load();

        assertThat(refused.status()).startsWith("Máy chủ báo lỗi " + ErrorCode.UNKNOWN_LOOKUP + ": ");
        assertThat(refused.failed()).isTrue();
        assertThat(unreachable.status()).isEqualTo("Không kết nối được máy chủ. Vui lòng thử lại.");
    }

    static LookupView checkedElsewhere(Instant... times) {
        LookupView plain = Tickets.lookup(102, LookupClass.ELIGIBLE, "Thẻ còn hạn đến 31/12/2026");
        List<RecentCheck> checks = new java.util.ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            checks.add(new RecentCheck(i == 0 ? "79024" : "48001", times[i], Optional.of("Thẻ còn giá trị sử dụng")));
        }
        return plain.withOtherFacilityChecks(checks);
    }

    @Test
    void theWarningNamesTheFacilityAndWhenTodayYesterdayOrTheDate() {
        DeskMessages vi = DeskMessages.vietnamese();
        DeskMessages en = new DeskMessages(Locale.ENGLISH);
        Instant yesterday = Instant.parse("2026-11-22T07:05:00Z");
        Instant today = Instant.parse("2026-11-23T00:40:00Z");
        Instant earlier = Instant.parse("2026-11-20T09:30:00Z");

        assertThat(OtherFacilityWarning.of(Optional.of(checkedElsewhere(yesterday)), vi, MORNING)).contains(
                "⚠ Thẻ đã được tra cứu tại cơ sở 79024 lúc 14:05 hôm qua — có thể đang điều trị nơi khác");
        assertThat(OtherFacilityWarning.of(Optional.of(checkedElsewhere(today, earlier)), vi, MORNING)).contains(
                "⚠ Thẻ đã được tra cứu tại cơ sở 79024 lúc 07:40 hôm nay — có thể đang điều trị nơi khác"
                        + " (và 1 lần tra cứu khác)");
        assertThat(OtherFacilityWarning.of(Optional.of(checkedElsewhere(earlier)), vi, MORNING)).contains(
                "⚠ Thẻ đã được tra cứu tại cơ sở 79024 lúc 16:30 ngày 20/11 — có thể đang điều trị nơi khác");
        assertThat(OtherFacilityWarning.of(Optional.of(checkedElsewhere(yesterday, earlier)), en, MORNING)).contains(
                "⚠ The card was checked at facility 79024 at 14:05 yesterday — the patient may be under treatment"
                        + " elsewhere (and 1 more check(s) elsewhere)");
        assertThat(OtherFacilityWarning.of(Optional.of(checkedElsewhere()), vi, MORNING)).isEmpty();
        assertThat(OtherFacilityWarning.of(Optional.empty(), vi, MORNING)).isEmpty();
    }
}
