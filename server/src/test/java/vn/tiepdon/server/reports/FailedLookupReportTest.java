package vn.tiepdon.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tiepdon.server.reports.ReportFixture.DAY;
import static vn.tiepdon.server.reports.ReportFixture.answer;
import static vn.tiepdon.server.reports.ReportFixture.card;
import static vn.tiepdon.server.reports.ReportFixture.lookupId;
import static vn.tiepdon.server.reports.ReportFixture.noAnswer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.BhxhSentRequest;
import vn.tiepdon.core.api.BhxhSentResult;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.ReportFormat;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.testing.Conditions;

/**
 * The report for BHXH over a generated range: every failure class, an override, a re-run, a
 * late answer, a lookup still pending, a success and an expired card (not in the report), read back
 * from the XLSX (fastexcel-reader) and the CSV (commons-csv).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailedLookupReportTest {
    static final LocalDate DAY2 = DAY.plusDays(1);
    ReportFixture f;
    final Map<String, Long> ids = new LinkedHashMap<>();

    @BeforeAll
    void generate() throws SQLException {
        f = new ReportFixture();
        generate(f, ids);
    }

    /** The range's check-ins; {@code ids} gets the lookup id of each, by name. */
    static void generate(ReportFixture f, Map<String, Long> ids) throws SQLException {
        f.gatewaySays(answer("000"));
        ids.put("eligible", lookupId(f.checkInQr()));
        f.gatewaySays(answer("060"));
        ids.put("wrongName", lookupId(f.checkInQr()));
        f.server.receptionist().override(ids.get("wrongName"), new LookupOverride(LookupOverride.Action.FEE_PAYING,
                "Người bệnh chọn khám dịch vụ", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
        f.gatewaySays(answer("070"));
        ids.put("chip", lookupId(f.checkInChip()));
        f.gatewaySays(answer("054"));
        ids.put("bhytQr", lookupId(f.checkInBhytQr()));
        f.gatewaySays(answer("010"));
        ids.put("expired", lookupId(f.checkInTyped("001090009999")));
        f.gatewaySays(answer("051"));
        ids.put("rerun", lookupId(f.checkInQr()));
        f.gatewaySays(answer("000"));
        f.server.receptionist().override(ids.get("rerun"), new LookupOverride(LookupOverride.Action.RERUN,
                "Sửa số thẻ theo thẻ giấy", Optional.empty(), Optional.empty(), Optional.of("HS4010120878811"),
                Optional.empty()));

        f.clock.advance(Duration.ofDays(1));
        f.gatewaySays(noAnswer(LookupOutcome.Reason.TEMPORARY_CARD, 0));
        ids.put("temporary", lookupId(f.checkInTyped("001090009998")));
        f.gatewaySays(noAnswer(LookupOutcome.Reason.TIMEOUT, 3900));
        ids.put("late", lookupId(f.checkInQr()));
        ids.put("noAnswer", lookupId(f.checkInTyped("001090009997")));
        // the background retry: a late answer (070, with the card) for one, still nothing for the other
        f.gateway.set(r -> r.cardKey().equals(ReportFixture.CCCD)
                ? answer("070", Optional.of(card("HS4790112345678", "Nam")))
                : noAnswer(LookupOutcome.Reason.TIMEOUT, 3900));
        f.clock.advance(Duration.ofSeconds(15));
        Conditions.await("the background retries", Duration.ofSeconds(20),
                () -> f.count("select count(*) from lookups where pending = true") == 0);
        f.gatewaySays(noAnswer(LookupOutcome.Reason.TIMEOUT, 3900));
        ids.put("pending", lookupId(f.checkInQr()));
        try (Connection c = f.server.server().database().connection();
             PreparedStatement ps = c.prepareStatement(
                     "insert into gateway_outages (started_at, ended_at, requests) values (?, ?, 7)")) {
            ps.setObject(1, java.time.OffsetDateTime.parse("2026-11-23T02:00:00Z"));
            ps.setObject(2, java.time.OffsetDateTime.parse("2026-11-23T02:20:00Z"));
            ps.executeUpdate();
        }
    }

    @AfterAll
    void stop() {
        f.close();
    }

    static Map<String, String> byTitle(List<String> header, List<String> row) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            out.put(header.get(i), i < row.size() ? row.get(i) : "");
        }
        return out;
    }

    static List<Map<String, String>> records(List<List<String>> rows) {
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            out.add(byTitle(rows.get(0), row));
        }
        return out;
    }

    @Test
    void theXlsxHasOneRowPerFailedCheckinWithWhatWasSentAnsweredAndDone() {
        Map<String, List<List<String>>> book = ReportFiles.xlsx(f.download(DAY, DAY2, ReportFormat.XLSX, false));
        assertThat(book.keySet()).containsExactly("Tra cứu thất bại", "Tổng hợp");
        List<List<String>> sheet = book.get("Tra cứu thất bại");
        assertThat(sheet.get(0)).containsExactly("STT", "Mã tra cứu", "Giờ tra cứu", "Máy tiếp đón",
                "Phương thức định danh", "Số CCCD", "Số thẻ BHYT", "Họ và tên", "Ngày sinh", "Giới tính",
                "Mã thẻ/CCCD đã gửi cổng", "Họ tên đã gửi cổng", "Ngày sinh đã gửi cổng", "Mã kết quả",
                "Ý nghĩa mã kết quả", "Thông báo của cổng BHXH", "Xử lý tại quầy", "Người xử lý",
                "Thời điểm xử lý", "Ghi chú", "Đã gửi BHXH (ngày)");
        List<Map<String, String>> rows = records(sheet);
        assertThat(rows).extracting(r -> Long.parseLong(r.get("Mã tra cứu"))).containsExactly(ids.get("wrongName"),
                ids.get("chip"), ids.get("bhytQr"), ids.get("rerun"), ids.get("temporary"), ids.get("late"),
                ids.get("noAnswer"));
        assertThat(rows).extracting(r -> r.get("STT")).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(rows).extracting(r -> r.get("Mã kết quả"))
                .containsExactly("060", "070", "054", "051", "TEMPORARY_CARD", "070", "TIMEOUT");

        Map<String, String> wrongName = rows.get(0);
        assertThat(wrongName).containsEntry("Giờ tra cứu", "22/11/2026 08:00:00")
                .containsEntry("Máy tiếp đón", "kiosk-1")
                .containsEntry("Phương thức định danh", "QR trên CCCD")
                .containsEntry("Số CCCD", "079090001234")
                .containsEntry("Họ và tên", "Nguyễn Văn An")
                .containsEntry("Ngày sinh", "15/08/1990")
                .containsEntry("Giới tính", "Nam")
                .containsEntry("Mã thẻ/CCCD đã gửi cổng", "079090001234")
                .containsEntry("Họ tên đã gửi cổng", "Nguyễn Văn An")
                .containsEntry("Ngày sinh đã gửi cổng", "1990-08-15")
                .containsEntry("Ý nghĩa mã kết quả", "sai họ tên so với dữ liệu BHXH")
                .containsEntry("Thông báo của cổng BHXH", "Thông báo mã 060: Thẻ không hợp lệ, liên hệ cơ quan BHXH")
                .containsEntry("Xử lý tại quầy", "Chuyển khám dịch vụ")
                .containsEntry("Người xử lý", "user:lan")
                .containsEntry("Ghi chú", "Người bệnh chọn khám dịch vụ")
                .containsEntry("Đã gửi BHXH (ngày)", "");
        assertThat(rows.get(1)).containsEntry("Phương thức định danh", "Chip CCCD")
                .containsEntry("Số CCCD", ReportFixture.CHIP_CCCD).containsEntry("Giới tính", "Nữ")
                .containsEntry("Họ và tên", "Lê Thị Mai Anh").containsEntry("Số thẻ BHYT", "")
                .containsEntry("Xử lý tại quầy", "").containsEntry("Ghi chú", "");
        assertThat(rows.get(2)).containsEntry("Phương thức định danh", "QR thẻ BHYT/VssID")
                .containsEntry("Số thẻ BHYT", "HC4010123456789").containsEntry("Giới tính", "Nam")
                .containsEntry("Số CCCD", "").containsEntry("Mã thẻ/CCCD đã gửi cổng", "HC4010123456789");
        assertThat(rows.get(3).get("Xử lý tại quầy"))
                .isEqualTo("Tra cứu lại: kết quả 000 (thẻ còn giá trị sử dụng, thông tin chính xác)");
        assertThat(rows.get(3)).containsEntry("Ghi chú", "Sửa số thẻ theo thẻ giấy");
        assertThat(rows.get(4)).containsEntry("Phương thức định danh", "Nhập số")
                .containsEntry("Số CCCD", "001090009998").containsEntry("Mã thẻ/CCCD đã gửi cổng", "")
                .containsEntry("Thông báo của cổng BHXH", "");
        assertThat(rows.get(4).get("Ý nghĩa mã kết quả")).startsWith("Thẻ tạm của trẻ sơ sinh");
        // the late answer completed the row: the BHYT number and sex from the gateway's card
        assertThat(rows.get(5)).containsEntry("Số thẻ BHYT", "HS4790112345678").containsEntry("Giới tính", "Nam")
                .containsEntry("Số CCCD", "079090001234")
                .containsEntry("Thông báo của cổng BHXH", "Thông báo mã 070: Thẻ không hợp lệ, liên hệ cơ quan BHXH");
        assertThat(rows.get(6)).containsEntry("Thông báo của cổng BHXH", "Không có trả lời sau 4 giây")
                .containsEntry("Ý nghĩa mã kết quả", "Cổng BHXH không trả lời trong thời gian chờ");

        List<List<String>> summary = book.get("Tổng hợp");
        assertThat(summary.get(0)).containsExactly("Báo cáo tra cứu thẻ BHYT không thành công");
        assertThat(summary).contains(List.of("Cơ sở KCB", "Bệnh viện Thử (01999)"), List.of("Từ ngày", "22/11/2026"),
                List.of("Đến ngày", "23/11/2026"), List.of("Tổng số lượt tra cứu thất bại", "7"),
                List.of("Mã kết quả", "Ý nghĩa mã kết quả", "Số lượt"),
                List.of("051", "mã thẻ không đúng", "1"), List.of("054", FailureMeaning.of("054"), "1"),
                List.of("060", "sai họ tên so với dữ liệu BHXH", "1"),
                List.of("070", "sai ngày sinh so với dữ liệu BHXH", "2"),
                List.of("TEMPORARY_CARD", FailureMeaning.of("TEMPORARY_CARD"), "1"),
                List.of("TIMEOUT", "Cổng BHXH không trả lời trong thời gian chờ", "1"),
                List.of("Bắt đầu", "Kết thúc", "Số yêu cầu không được trả lời"),
                List.of("23/11/2026 09:00:00", "23/11/2026 09:20:00", "7"));
    }

    @Test
    void theCsvHoldsTheSameRowsAfterAByteOrderMark() {
        byte[] csv = f.download(DAY, DAY2, ReportFormat.CSV, false);
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = ReportFiles.csv(csv);
        List<List<String>> sheet = ReportFiles.xlsx(f.download(DAY, DAY2, ReportFormat.XLSX, false))
                .get("Tra cứu thất bại");
        assertThat(rows).isEqualTo(sheet);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Nguyễn Văn An", "Lê Thị Mai Anh");
    }

    @Test
    void oneDayHoldsOnlyThatDaysRows() {
        List<Map<String, String>> rows = records(ReportFiles.csv(f.download(DAY2, DAY2, ReportFormat.CSV, false)));
        assertThat(rows).extracting(r -> Long.parseLong(r.get("Mã tra cứu")))
                .containsExactly(ids.get("temporary"), ids.get("late"), ids.get("noAnswer"));
    }

    @Test
    void anEmptyRangeGivesTheHeaderAndAZeroSummary() {
        Map<String, List<List<String>>> book = ReportFiles.xlsx(
                f.download(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), ReportFormat.XLSX, false));
        assertThat(book.get("Tra cứu thất bại")).hasSize(1);
        assertThat(book.get("Tra cứu thất bại").get(0)).hasSize(21);
        assertThat(book.get("Tổng hợp")).contains(List.of("Tổng số lượt tra cứu thất bại", "0"),
                List.of("Không có"));
        List<List<String>> csv = ReportFiles.csv(
                f.download(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), ReportFormat.CSV, false));
        assertThat(csv).hasSize(1);
        assertThat(csv.get(0).get(0)).isEqualTo("STT");
    }

    @Test
    void badRangesAreRefusedWithAClearMessage() throws Exception {
        assertThat(refusal(DAY2, DAY)).contains("'from' (2026-11-23) is after 'to' (2026-11-22)");
        assertThat(refusal(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 2))).contains("the range has 367 days");
        OkHttpClient http = new OkHttpClient();
        for (String query : List.of("from=2026-11-1&to=2026-11-30&format=csv", "from=2026-11-01&format=csv",
                "from=2026-11-01&to=2026-11-30&format=pdf", "from=2026-11-01&to=2026-11-30",
                "from=2026-11-01&to=2026-11-30&format=csv&leaveOutSent=maybe")) {
            Request request = f.server.request(Role.ADMIN, "/api/v1/reports/failed-lookups?" + query).build();
            try (Response r = http.newCall(request).execute()) {
                assertThat(r.code()).as(query).isEqualTo(400);
                assertThat(r.body().string()).as(query).contains("BAD_REQUEST");
            }
        }
        Request good = f.server.request(Role.ADMIN, "/api/v1/reports/failed-lookups?from=2026-11-22&to=2026-11-22"
                + "&format=xlsx").build();
        try (Response r = http.newCall(good).execute()) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(r.header("Content-Type"))
                    .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            assertThat(r.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"tra-cuu-that-bai_2026-11-22_2026-11-22.xlsx\"");
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private String refusal(LocalDate from, LocalDate to) {
        try {
            f.download(from, to, ReportFormat.XLSX, false);
        } catch (ApiException e) {
            assertThat(e.error().orElseThrow().error()).isEqualTo(ErrorCode.BAD_REQUEST);
            return e.error().orElseThrow().message();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void markingSentIsAuditedKeepsTheFirstDateAndALaterExportCanLeaveItOut() throws Exception {
        try (ReportFixture g = new ReportFixture()) {
            Map<String, Long> gIds = new LinkedHashMap<>();
            generate(g, gIds);
            long wrongName = gIds.get("wrongName");
            BhxhSentResult first = g.server.admin().markSentToBhxh(BhxhSentRequest.lookups(
                    List.of(wrongName, gIds.get("eligible"), 999_999L), LocalDate.of(2026, 11, 25)));
            assertThat(first).isEqualTo(new BhxhSentResult(1, 0, 2));
            BhxhSentResult again = g.server.admin().markSentToBhxh(BhxhSentRequest.lookups(List.of(wrongName),
                    LocalDate.of(2026, 11, 30)));
            assertThat(again).isEqualTo(new BhxhSentResult(0, 1, 0));

            List<Map<String, String>> all = records(ReportFiles.csv(g.download(DAY, DAY2, ReportFormat.CSV, false)));
            assertThat(all.get(0)).containsEntry("Mã tra cứu", Long.toString(wrongName))
                    .containsEntry("Đã gửi BHXH (ngày)", "25/11/2026");
            List<Map<String, String>> unsent = records(ReportFiles.csv(g.download(DAY, DAY2, ReportFormat.CSV, true)));
            assertThat(unsent).hasSize(6).noneMatch(r -> r.get("Mã tra cứu").equals(Long.toString(wrongName)));
            assertThat(ReportFiles.xlsx(g.download(DAY, DAY2, ReportFormat.XLSX, true)).get("Tổng hợp"))
                    .contains(List.of("Không gồm các lượt đã gửi BHXH"), List.of("Tổng số lượt tra cứu thất bại", "6"));

            BhxhSentResult range = g.server.admin().markSentToBhxh(BhxhSentRequest.range(DAY, DAY2,
                    LocalDate.of(2026, 12, 1)));
            assertThat(range).isEqualTo(new BhxhSentResult(6, 0, 0));
            assertThat(g.server.admin().markSentToBhxh(BhxhSentRequest.range(DAY, DAY2, LocalDate.of(2026, 12, 2))))
                    .isEqualTo(new BhxhSentResult(0, 0, 0));
            assertThat(records(ReportFiles.csv(g.download(DAY, DAY2, ReportFormat.CSV, true)))).isEmpty();
            assertThat(g.count("select count(*) from lookup_bhxh_submissions")).isEqualTo(7);
            assertThat(g.count("select count(*) from lookup_bhxh_submission_audit")).isEqualTo(7);
            assertThat(g.count("select count(*) from lookup_bhxh_submission_audit where lookup_id = " + wrongName
                    + " and actor = 'user:admin' and sent_on = date '2026-11-25'")).isEqualTo(1);
            assertAuditAppendOnly(g);
        }
    }

    static void assertAuditAppendOnly(ReportFixture g) throws SQLException {
        try (Connection c = g.server.server().database().connection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update lookup_bhxh_submission_audit set sent_on = date"
                    + " '2020-01-01'")).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from lookup_bhxh_submission_audit"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void aMarkRequestThatIsNotValidIsRefused() throws Exception {
        assertThatThrownBy(() -> new BhxhSentRequest(Optional.of(DAY), Optional.empty(), List.of(), DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give both 'from' and 'to'");
        OkHttpClient http = new OkHttpClient();
        for (String body : List.of("{\"from\":\"2026-11-22\",\"to\":\"2026-11-23\"}",
                "{\"from\":\"2026-11-22\",\"sentOn\":\"2026-11-25\"}",
                "{\"from\":\"2026-11-22\",\"to\":\"2026-11-23\",\"lookupIds\":[1],\"sentOn\":\"2026-11-25\"}",
                "{\"lookupIds\":[1],\"sentOn\":\"2026-13-01\"}", "{\"sentOn\":\"2026-11-25\"}",
                "{\"from\":\"2026-11-23\",\"to\":\"2026-11-22\",\"sentOn\":\"2026-11-25\"}")) {
            Request request = f.server.request(Role.ADMIN, "/api/v1/reports/failed-lookups/sent")
                    .post(okhttp3.RequestBody.create(body, okhttp3.MediaType.get("application/json"))).build();
            try (Response r = http.newCall(request).execute()) {
                assertThat(r.code()).as(body).isEqualTo(400);
                assertThat(r.body().string()).as(body).contains("BAD_REQUEST");
            }
        }
        http.dispatcher().executorService().shutdown();
    }

    @Test
    void theNewColumnsAreFilledAtCheckInAndFromALateAnswer() {
        assertThat(f.column(ids.get("chip"), "cccd_number")).isEqualTo(ReportFixture.CHIP_CCCD);
        assertThat(f.column(ids.get("chip"), "sex")).isEqualTo("FEMALE");
        assertThat(f.column(ids.get("bhytQr"), "bhyt_number")).isEqualTo("HC4010123456789");
        assertThat(f.column(ids.get("bhytQr"), "sex")).isEqualTo("MALE");
        assertThat(f.column(ids.get("late"), "bhyt_number")).isEqualTo("HS4790112345678");
        assertThat(f.column(ids.get("late"), "cccd_number")).isEqualTo(ReportFixture.CCCD);
        assertThat(f.column(ids.get("expired"), "cccd_number")).isEqualTo("001090009999");
        assertThat(f.column(ids.get("expired"), "bhyt_number")).isNull();
    }
}
