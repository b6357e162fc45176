package vn.tiepdon.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.core.api.ReportFormat;
import vn.tiepdon.server.storage.Database;

/**
 * A year of failed lookups (-Dtiepdon.largeReport=ROWS, e.g. 300000) on an H2 file, exported as XLSX
 * and CSV to a stream that only counts: seconds and peak heap, to run with a small -Xmx. Not part
 * of the normal suite.
 */
@EnabledIfSystemProperty(named = "tiepdon.largeReport", matches = "\\d+")
class LargeReportCheck {
    @TempDir
    Path dir;

    @Test
    void aYearOfFailedLookupsStreams() throws Exception {
        int rows = Integer.parseInt(System.getProperty("tiepdon.largeReport"));
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("big").toAbsolutePath(), Optional.empty(),
                Optional.empty())) {
            LocalDate first = LocalDate.of(2026, 1, 1);
            try (Connection c = db.connection()) {
                c.setAutoCommit(false);
                try (PreparedStatement l = c.prepareStatement("insert into lookups (id, at, service_day, kiosk_id,"
                        + " method, document_kind, card_key, full_name, date_of_birth, outcome, code, lookup_class,"
                        + " patient_message, staff_message, millis, attempts, cccd_number, sex)"
                        + " values (?,?,?,'kiosk-1','QR','CCCD_QR',?,?,'1990-08-15','ANSWERED','060',"
                        + "'FIXABLE_DATA_ERROR','Vui lòng đến quầy','Mã 060',120,1,?,'MALE')");
                     PreparedStatement a = c.prepareStatement("insert into lookup_attempts (lookup_id, attempt, at,"
                             + " background, outcome, code, lookup_class, millis, sent_card_key, sent_name,"
                             + " sent_birth_date, reply_message) values (?,1,?,false,'ANSWERED','060',"
                             + "'FIXABLE_DATA_ERROR',120,?,?,'15/08/1990','Sai họ tên so với dữ liệu BHXH')")) {
                    for (int i = 1; i <= rows; i++) {
                        LocalDate day = first.plusDays((long) i * 365 / (rows + 1));
                        OffsetDateTime at = day.atTime(8, 0).atOffset(ZoneOffset.ofHours(7)).plusSeconds(i % 30000);
                        String cccd = String.format("0790%08d", i);
                        String name = "Nguyễn Văn Thử Nghiệm " + i;
                        l.setLong(1, i);
                        l.setObject(2, at);
                        l.setDate(3, Date.valueOf(day));
                        l.setString(4, cccd);
                        l.setString(5, name);
                        l.setString(6, cccd);
                        l.addBatch();
                        a.setLong(1, i);
                        a.setObject(2, at);
                        a.setString(3, cccd);
                        a.setString(4, name);
                        a.addBatch();
                        if (i % 5000 == 0) {
                            l.executeBatch();
                            a.executeBatch();
                            c.commit();
                        }
                    }
                    l.executeBatch();
                    a.executeBatch();
                    c.commit();
                }
            }
            BhxhReport report = new BhxhReport(db, ZoneId.of("Asia/Ho_Chi_Minh"), "Bệnh viện Thử (01999)");
            for (ReportFormat format : ReportFormat.values()) {
                System.gc();
                resetPeaks();
                long[] bytes = {0};
                OutputStream counting = new OutputStream() {
                    @Override
                    public void write(int b) {
                        bytes[0]++;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes[0] += len;
                    }
                };
                long started = System.nanoTime();
                long written = report.write(new ReportRange(first, first.plusDays(364)), format, false, counting);
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("RESULT report=%s rows=%d seconds=%.1f bytes=%d peakHeapMb=%d maxHeapMb=%d%n",
                        format, written, seconds, bytes[0], peakHeapMb(), Runtime.getRuntime().maxMemory() >> 20);
                assertThat(written).isEqualTo(rows);
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the reset (an upper bound of the heap in use). */
    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
