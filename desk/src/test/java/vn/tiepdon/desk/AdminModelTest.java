package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.core.api.ReportFormat;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.stats.CheckinMethod;
import vn.tiepdon.core.stats.CodeCounts;
import vn.tiepdon.core.stats.Durations;
import vn.tiepdon.core.stats.LookupCounts;
import vn.tiepdon.core.stats.QueueMeasures;
import vn.tiepdon.core.text.ContractText;

/** The admin view's model without Swing: ranges from the clock, typed dates, what it asks, what it says. */
class AdminModelTest {
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Saturday 21/11/2026, 08:00 in Vietnam (01:00 UTC); still Friday in UTC before 17:00 the day before. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T01:00:00Z"), VIETNAM);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    final FakeReceptionApi api = new FakeReceptionApi();
    @TempDir
    Path dir;

    AdminModel model(Locale locale) {
        return new AdminModel(api, new DeskMessages(locale), CLOCK);
    }

    AdminModel model() {
        return model(DeskMessages.VIETNAMESE);
    }

    /** 1,000 lookups on two days: 852 answered (801 eligible), 140 failed, 8 pending; 95 settled by the desk. */
    static LookupSuccess small() {
        LocalDate from = TODAY.minusDays(2);
        LookupCounts first = LookupCounts.of(500, 80, 0, 470, 50);
        LookupCounts third = LookupCounts.of(352, 60, 8, 331, 45);
        return LookupSuccess.of(from, TODAY, LookupCounts.of(852, 140, 8, 801, 95),
                Map.of(from, first, from.plusDays(1), LookupCounts.ZERO, TODAY, third),
                Map.of(CheckinMethod.CHIP, LookupCounts.of(600, 40, 3, 570, 30), CheckinMethod.TYPED,
                        LookupCounts.of(252, 100, 5, 231, 65)),
                Map.of("kiosk-1", first, "kiosk-2", third),
                Map.of("000", CodeCounts.of("000", LookupClass.ELIGIBLE, "Thẻ còn giá trị sử dụng",
                                LookupCounts.of(801, 0, 0, 801, 0)),
                        "010", CodeCounts.of("010", LookupClass.NOT_ELIGIBLE, "Thẻ hết giá trị sử dụng",
                                LookupCounts.of(51, 0, 0, 0, 20)),
                        "060", CodeCounts.of("060", LookupClass.FIXABLE_DATA_ERROR, "Sai họ tên so với dữ liệu BHXH",
                                LookupCounts.of(0, 40, 0, 0, 35)),
                        "TIMEOUT", CodeCounts.of("TIMEOUT", LookupClass.GATEWAY_ERROR,
                                "Cổng BHXH không trả lời trong thời gian chờ", LookupCounts.of(0, 100, 8, 0, 40))),
                Map.of(), Map.of(LookupOverride.Action.RERUN, 50L, LookupOverride.Action.ACCEPT_PAPER_CARD, 30L,
                        LookupOverride.Action.FEE_PAYING, 15L));
    }

    static QueueStats smallQueues() {
        QueueMeasures seven = new QueueMeasures(120, 110, 6, 4, new Durations(116, 1530, 3120),
                new Durations(110, 300, 660));
        QueueMeasures thirteen = new QueueMeasures(40, 39, 1, 0, new Durations(40, 420, 900),
                new Durations(39, 280, 600));
        return new QueueStats(TODAY.minusDays(2), TODAY, new QueueMeasures(160, 149, 7, 4,
                new Durations(156, 1110, 2890), new Durations(149, 295, 650)), Map.of(), Map.of(),
                Map.of(7, seven, 13, thirteen, 20, QueueMeasures.NONE));
    }

    @Test
    void presetRangesEndTodayByTheClock() {
        AdminModel m = model();

        assertThat(m.snapshot().choice()).isEqualTo(AdminModel.Choice.LAST_30_DAYS);
        assertThat(m.snapshot().range()).isEqualTo(new AdminModel.Range(LocalDate.of(2026, 10, 23), TODAY));
        assertThat(m.rangeOf(AdminModel.Choice.TODAY)).isEqualTo(new AdminModel.Range(TODAY, TODAY));
        assertThat(m.rangeOf(AdminModel.Choice.LAST_7_DAYS))
                .isEqualTo(new AdminModel.Range(LocalDate.of(2026, 11, 15), TODAY));
        assertThat(m.rangeOf(AdminModel.Choice.THIS_MONTH))
                .isEqualTo(new AdminModel.Range(LocalDate.of(2026, 11, 1), TODAY));
        m.choose(AdminModel.Choice.LAST_7_DAYS);
        assertThat(m.snapshot().range().days()).isEqualTo(7);
    }

    @Test
    void theDayIsTheHospitalsNotUtcs() {
        // 23:30 on 21/11 in Vietnam is 16:30 UTC the same day; 00:30 on 22/11 in Vietnam is still 21/11 in UTC
        Clock justAfterMidnight = Clock.fixed(Instant.parse("2026-11-21T17:30:00Z"), VIETNAM);
        AdminModel m = new AdminModel(api, DeskMessages.vietnamese(), justAfterMidnight);

        assertThat(m.rangeOf(AdminModel.Choice.TODAY).from()).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    @Test
    void typedDatesMakeACustomRange() {
        AdminModel m = model();

        assertThat(m.chooseCustom("01/11/2026", " 15/11/2026 ")).isEmpty();
        assertThat(m.snapshot().choice()).isEqualTo(AdminModel.Choice.CUSTOM);
        assertThat(m.snapshot().range()).isEqualTo(new AdminModel.Range(LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 15)));
        assertThat(m.chooseCustom("1/9/2026", "2026-09-30")).isEmpty();
        assertThat(m.snapshot().range()).isEqualTo(new AdminModel.Range(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30)));
        assertThat(m.chooseCustom("21/11/2026", "21/11/2026")).isEmpty();
        assertThat(m.snapshot().range().days()).isEqualTo(1);
    }

    @Test
    void aStartAfterTheEndIsRefusedAndTheRangeStays() {
        AdminModel m = model();

        assertThat(m.chooseCustom("20/11/2026", "01/11/2026"))
                .contains("Ngày bắt đầu (20/11/2026) sau ngày kết thúc (01/11/2026): chọn lại khoảng thời gian.");
        assertThat(m.snapshot().choice()).isEqualTo(AdminModel.Choice.LAST_30_DAYS);
        assertThat(m.snapshot().range().from()).isEqualTo(LocalDate.of(2026, 10, 23));
        assertThat(m.snapshot().notice()).contains(new AdminModel.Notice(
                "Ngày bắt đầu (20/11/2026) sau ngày kết thúc (01/11/2026): chọn lại khoảng thời gian.", true));
        assertThat(api.statsCalls).isEmpty();
    }

    @Test
    void malformedOrMissingDatesAreRefusedSayingWhatToType() {
        AdminModel m = model();

        assertThat(m.chooseCustom("31/02/2026", "01/03/2026"))
                .contains("Ngày “31/02/2026” không đúng: gõ ngày/tháng/năm, ví dụ 01/11/2026.");
        assertThat(m.chooseCustom("01/11/2026", "hôm qua"))
                .contains("Ngày “hôm qua” không đúng: gõ ngày/tháng/năm, ví dụ 01/11/2026.");
        assertThat(m.chooseCustom("", "01/11/2026"))
                .contains("Nhập cả ngày bắt đầu và ngày kết thúc (ngày/tháng/năm, ví dụ 01/11/2026).");
        assertThat(model(Locale.ENGLISH).chooseCustom("5/13/2026", "01/12/2026"))
                .contains("“5/13/2026” is not a date: type day/month/year, e.g. 01/11/2026.");
        assertThat(m.snapshot().choice()).isEqualTo(AdminModel.Choice.LAST_30_DAYS);
    }

    @Test
    void loadingAsksTheServerForTheChosenRange() {
        api.success = (f, t) -> small();
        api.queueStats = (f, t) -> smallQueues();
        AdminModel m = model();
        m.choose(AdminModel.Choice.THIS_MONTH);

        AdminModel.Snapshot s = m.load();

        assertThat(api.statsCalls).containsExactly("lookupSuccess 2026-11-01 2026-11-21",
                "queueStats 2026-11-01 2026-11-21");
        assertThat(s.loading()).isFalse();
        assertThat(s.notice()).isEmpty();
        assertThat(s.figures()).isPresent();
    }

    @Test
    void theTotalsInPlainVietnamese() {
        api.success = (f, t) -> small();
        api.queueStats = (f, t) -> smallQueues();

        List<String> totals = model().load().figures().orElseThrow().totals();

        assertThat(totals).containsExactly(
                "1.000 lượt tra cứu thẻ BHYT từ 19/11/2026 đến 21/11/2026 (mỗi lượt tiếp đón tính một lần, theo kết quả cuối)",
                "Có trả lời: 85,2 % (852 lượt) — cổng BHXH trả lời rõ về thẻ, kể cả thẻ hết hạn",
                "Đủ điều kiện hưởng BHYT: 80,1 % (801 lượt)",
                "Tra cứu lỗi: 14,0 % (140 lượt) — không có trả lời rõ; các lượt này gửi BHXH",
                "Đang tra lại: 8 lượt — chưa có kết quả cuối, không tính là có trả lời",
                "Lễ tân xử lý thay: 95 lượt — tính riêng, không phải thành công của cổng "
                        + "(tra cứu lại 50, thẻ giấy 30, tự trả phí 15)",
                "Đối chiếu: 852 có trả lời + 140 lỗi + 8 đang tra lại = 1.000 lượt",
                "Phiếu xếp hàng: 160 · đã phục vụ 149 · bỏ lượt 7",
                "Thời gian chờ: trung vị 18,5 phút; 90 % người chờ không quá 48,2 phút");
    }

    @Test
    void theTotalsInEnglish() {
        api.success = (f, t) -> small();
        api.queueStats = (f, t) -> smallQueues();

        List<String> totals = model(Locale.ENGLISH).load().figures().orElseThrow().totals();

        assertThat(totals).startsWith(
                "1,000 BHYT card lookups from 19/11/2026 to 21/11/2026 (each check-in counted once, by its final outcome)",
                "Answered: 85.2% (852 lookups) — the BHXH gateway said something definite about the card, an expired card included",
                "Eligible for BHYT: 80.1% (801 lookups)",
                "Failed: 14.0% (140 lookups) — no definite answer; these go to BHXH",
                "Still retried: 8 lookups — no final outcome yet, not counted as answered",
                "Settled by the desk: 95 lookups — counted apart, never as gateway successes "
                        + "(re-run 50, paper card 30, fee-paying 15)");
    }

    @Test
    void aRangeWithoutLookupsSaysSo() {
        api.success = (f, t) -> LookupSuccess.of(f, t, LookupCounts.ZERO, Map.of(f, LookupCounts.ZERO), Map.of(),
                Map.of(), Map.of(), Map.of(), Map.of());
        api.queueStats = (f, t) -> new QueueStats(f, t, QueueMeasures.NONE, Map.of(), Map.of(), Map.of());
        AdminModel m = model();
        m.choose(AdminModel.Choice.TODAY);

        AdminFigures f = m.load().figures().orElseThrow();

        assertThat(f.totals()).containsExactly("Không có lượt tra cứu nào từ 21/11/2026 đến 21/11/2026.",
                "Không có phiếu xếp hàng nào trong khoảng này.");
        assertThat(f.charts()).allMatch(AdminChart::empty);
    }

    @Test
    void theChartsCarryTheNumbers() {
        api.success = (f, t) -> small();
        api.queueStats = (f, t) -> smallQueues();

        AdminFigures f = model().load().figures().orElseThrow();

        AdminChart trend = f.chart(AdminFigures.TREND);
        assertThat(trend.title()).isEqualTo("Tỉ lệ theo ngày (%)");
        assertThat(trend.categories()).containsExactly("19/11", "20/11", "21/11");
        assertThat(trend.series()).extracting(AdminChart.Series::name)
                .containsExactly("Có trả lời", "Đủ điều kiện", "Lỗi");
        // no lookups on 20/11: no rate drawn there (not a fall to 0 %)
        assertThat(trend.series().get(0).values()).containsExactly(500 / 580.0 * 100, null, 352 / 420.0 * 100);
        AdminChart methods = f.chart(AdminFigures.METHODS);
        assertThat(methods.categories()).containsExactly("Chip CCCD", "QR CCCD", "QR thẻ BHYT", "VNeID", "Nhập số");
        assertThat(methods.series().get(1).values()).containsExactly(40.0, 0.0, 0.0, 0.0, 100.0);
        AdminChart causes = f.chart(AdminFigures.CAUSES);
        assertThat(causes.categories()).containsExactly("TIMEOUT", "060");
        assertThat(causes.series().get(0).values()).containsExactly(100.0, 40.0);
        AdminChart waits = f.chart(AdminFigures.WAITS);
        assertThat(waits.categories()).containsExactly("7h", "13h");
        assertThat(waits.series().get(0).values()).containsExactly(25.5, 7.0);
        assertThat(waits.series().get(1).values()).containsExactly(52.0, 15.0);
    }

    @Test
    void theTablesCarryTheSameNumbers() {
        api.success = (f, t) -> small();
        api.queueStats = (f, t) -> smallQueues();

        AdminFigures f = model().load().figures().orElseThrow();

        AdminTable causes = f.table(AdminFigures.CAUSES);
        assertThat(causes.columns()).containsExactly("Mã", "Ý nghĩa", "Lỗi", "Phần trong số lỗi", "Lễ tân xử lý thay");
        assertThat(causes.rows()).containsExactly(
                List.of("TIMEOUT", "Cổng BHXH không trả lời trong thời gian chờ", "100", "71,4 %", "40"),
                List.of("060", "Sai họ tên so với dữ liệu BHXH", "40", "28,6 %", "35"));
        assertThat(f.table(AdminFigures.METHODS).rows().get(4))
                .containsExactly("Nhập số", "357", "252", "70,6 %", "231", "100", "5", "65");
        assertThat(f.table(AdminFigures.WAITS).rows()).containsExactly(
                List.of("7h", "120", "110", "6", "25,5", "52,0", "5,0"),
                List.of("13h", "40", "39", "1", "7,0", "15,0", "4,7"));
    }

    @Test
    void aGeneratedMonthAddsUpInEveryBreakdown() {
        LookupSuccess s = AdminStatsData.lookups(TODAY.minusDays(29), TODAY, 7);

        assertThat(s.byDay()).hasSize(30);
        assertThat(s.rate()).isBetween(0.83, 0.87);
        for (Map<?, LookupCounts> by : List.of(s.byDay(), s.byMethod(), s.byKiosk())) {
            LookupCounts sum = by.values().stream().reduce(LookupCounts.ZERO, LookupCounts::plus);
            assertThat(sum).isEqualTo(s.totals());
        }
        assertThat(s.byCode().values().stream().map(CodeCounts::counts).reduce(LookupCounts.ZERO, LookupCounts::plus))
                .isEqualTo(s.totals());
    }

    @Test
    void aRefusalIsSaidInWordsAndNoFiguresAreShown() {
        api.success = (f, t) -> {
            throw FakeReceptionApi.refusal(400, ErrorCode.BAD_REQUEST);
        };

        AdminModel.Snapshot s = model().load();

        assertThat(s.figures()).isEmpty();
        assertThat(s.loading()).isFalse();
        assertThat(s.notice()).contains(new AdminModel.Notice("Chưa tải được thống kê. Máy chủ báo BAD_REQUEST: "
                + ContractText.vietnamese().error(ErrorCode.BAD_REQUEST), true));
    }

    @Test
    void anUnreachableServerIsSaidInWords() {
        api.success = (f, t) -> {
            throw new ApiException("No reception server reachable", new java.net.ConnectException("refused"));
        };

        assertThat(model().load().notice()).contains(new AdminModel.Notice(
                "Chưa tải được thống kê. Không kết nối được máy chủ: kiểm tra mạng rồi bấm Làm mới.", true));
        assertThat(model(Locale.ENGLISH).load().notice().orElseThrow().text()).isEqualTo(
                "The statistics could not be loaded. The server cannot be reached: check the network and press Refresh.");
    }

    @Test
    void theReportIsWrittenToTheChosenFile() throws IOException {
        AdminModel m = model();
        m.choose(AdminModel.Choice.LAST_7_DAYS);
        api.report = "STT;Thời gian;Số CCCD\n1;08:01;001085012345\n".getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("bao-cao.xlsx");

        AdminModel.Notice n = m.export(ReportFormat.XLSX, true, file);

        assertThat(api.statsCalls).containsExactly("report 2026-11-15 2026-11-21 XLSX leaveOutSent");
        assertThat(Files.readAllBytes(file)).isEqualTo(api.report);
        assertThat(n).isEqualTo(new AdminModel.Notice("Đã lưu báo cáo: " + file.toAbsolutePath(), false));
        assertThat(m.snapshot().export()).contains(n);
        assertThat(m.snapshot().exporting()).isFalse();
        assertThat(m.suggestedFileName(ReportFormat.CSV)).isEqualTo("tra-cuu-loi-bhxh_2026-11-15_2026-11-21.csv");
    }

    @Test
    void aFailedReportLeavesNoHalfFileAndKeepsTheOldOne() throws IOException {
        Path file = dir.resolve("bao-cao.csv");
        Files.writeString(file, "the report of last month");
        api.reportFailure = FakeReceptionApi.refusal(400, ErrorCode.BAD_REQUEST);

        AdminModel.Notice n = model().export(ReportFormat.CSV, false, file);

        assertThat(n.problem()).isTrue();
        assertThat(n.text()).startsWith("Chưa xuất được báo cáo. Máy chủ báo BAD_REQUEST: ");
        assertThat(Files.readString(file)).isEqualTo("the report of last month");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aReportOverMoreThan366DaysIsRefusedBeforeAsking() {
        AdminModel m = model();
        m.chooseCustom("01/01/2025", "21/11/2026");

        AdminModel.Notice n = m.export(ReportFormat.XLSX, false, dir.resolve("nam.xlsx"));

        assertThat(n).isEqualTo(new AdminModel.Notice(
                "Báo cáo gửi BHXH xuất tối đa 366 ngày một lần; khoảng đang chọn có 690 ngày.", true));
        assertThat(api.statsCalls).isEmpty();
        assertThat(dir.resolve("nam.xlsx")).doesNotExist();
    }

    @Test
    void marksTheRangesFailedLookupsSentToBhxhTodayAndSaysHowMany() {
        AdminModel m = model();
        m.choose(AdminModel.Choice.LAST_7_DAYS);
        api.sentResult = new vn.tiepdon.core.api.BhxhSentResult(37, 4, 0);

        assertThat(m.markSentQuestion()).startsWith("Đánh dấu mọi lượt tra cứu lỗi từ 15/11/2026 đến 21/11/2026"
                + " chưa đánh dấu là \"đã gửi BHXH\" ngày 21/11/2026?");
        AdminModel.Notice n = m.markSent();

        assertThat(api.sentMarks).containsExactly(vn.tiepdon.core.api.BhxhSentRequest.range(
                java.time.LocalDate.of(2026, 11, 15), java.time.LocalDate.of(2026, 11, 21),
                java.time.LocalDate.of(2026, 11, 21)));
        assertThat(n).isEqualTo(new AdminModel.Notice(
                "Đã đánh dấu 37 lượt tra cứu lỗi là đã gửi BHXH ngày 21/11/2026.", false));
        assertThat(m.snapshot().export()).contains(n);
        assertThat(m.snapshot().exporting()).isFalse();

        api.sentFailure = FakeReceptionApi.refusal(403, ErrorCode.FORBIDDEN);
        AdminModel.Notice refused = m.markSent();
        assertThat(refused.problem()).isTrue();
        assertThat(refused.text()).startsWith("Chưa đánh dấu được. Máy chủ báo FORBIDDEN: ");
    }
}
