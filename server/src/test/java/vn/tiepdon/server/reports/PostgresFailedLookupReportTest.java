package vn.tiepdon.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.tiepdon.server.reports.ReportFixture.DAY;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.BhxhSentRequest;
import vn.tiepdon.core.api.BhxhSentResult;
import vn.tiepdon.core.api.ReportFormat;
import vn.tiepdon.server.ScratchPostgres;
import vn.tiepdon.server.TestSetups;

/**
 * The report and the marks on a real PostgreSQL (a scratch database beside
 * {@code TIEPDON_TEST_PG_URL}): the same rows as on H2, the cursor read, the append-only audit.
 * Skipped, saying why, when TIEPDON_TEST_PG_URL is not set.
 */
@Tag("postgres")
class PostgresFailedLookupReportTest {

    private static String url() {
        Optional<String> url = TestSetups.postgresUrl();
        assumeTrue(url.isPresent(), "TIEPDON_TEST_PG_URL not set: PostgreSQL test skipped");
        return url.get();
    }

    @Test
    void theReportAndTheMarksWorkOnPostgres() throws Exception {
        try (ScratchPostgres pg = ScratchPostgres.create(url(), "tiepdon_report");
             ReportFixture f = new ReportFixture(pg.url())) {
            Map<String, Long> ids = new LinkedHashMap<>();
            FailedLookupReportTest.generate(f, ids);
            LocalDate day2 = DAY.plusDays(1);
            List<Map<String, String>> rows = FailedLookupReportTest.records(
                    ReportFiles.xlsx(f.download(DAY, day2, ReportFormat.XLSX, false)).get("Tra cứu thất bại"));
            assertThat(rows).extracting(r -> r.get("Mã kết quả"))
                    .containsExactly("060", "070", "054", "051", "TEMPORARY_CARD", "070", "TIMEOUT");
            assertThat(rows.get(5)).containsEntry("Số thẻ BHYT", "HS4790112345678").containsEntry("Giới tính", "Nam");
            assertThat(rows.get(3).get("Xử lý tại quầy")).startsWith("Tra cứu lại: kết quả 000");
            assertThat(ReportFiles.csv(f.download(DAY, day2, ReportFormat.CSV, false)))
                    .isEqualTo(ReportFiles.xlsx(f.download(DAY, day2, ReportFormat.XLSX, false)).get("Tra cứu thất bại"));

            assertThat(f.server.admin().markSentToBhxh(BhxhSentRequest.range(DAY, DAY, LocalDate.of(2026, 11, 25))))
                    .isEqualTo(new BhxhSentResult(4, 0, 0));
            assertThat(f.server.admin().markSentToBhxh(BhxhSentRequest.lookups(List.of(ids.get("chip")),
                    LocalDate.of(2026, 11, 30)))).isEqualTo(new BhxhSentResult(0, 1, 0));
            assertThat(FailedLookupReportTest.records(ReportFiles.csv(f.download(DAY, day2, ReportFormat.CSV, true))))
                    .extracting(r -> Long.parseLong(r.get("Mã tra cứu")))
                    .containsExactly(ids.get("temporary"), ids.get("late"), ids.get("noAnswer"));
            FailedLookupReportTest.assertAuditAppendOnly(f);
        }
    }
}
