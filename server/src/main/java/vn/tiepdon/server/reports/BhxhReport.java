package vn.tiepdon.server.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.ReportFormat;
import vn.tiepdon.server.storage.Database;

/**
 * The report of failed lookups for BHXH over a range of service days, as XLSX (rows and a summary
 * sheet) or CSV (rows), streamed from the lookup log to the output: a year of rows never sits in
 * memory. Each row is one check-in whose lookup failed; overrides and re-runs show in its columns.
 */
public final class BhxhReport {
    private static final Logger log = LoggerFactory.getLogger(BhxhReport.class);
    private final FailedLookupQuery query;
    private final ReportTexts texts = ReportTexts.vietnamese();
    private final ZoneId zone;
    private final String hospital;

    /** @param hospital the hospital's name and code, for the summary sheet */
    public BhxhReport(Database db, ZoneId zone, String hospital) {
        this.query = new FailedLookupQuery(db, texts);
        this.zone = Objects.requireNonNull(zone);
        this.hospital = Objects.requireNonNull(hospital);
    }

    /** The file's name: {@code tra-cuu-that-bai_2026-01-01_2026-01-31.xlsx}. */
    public static String fileName(ReportRange range, ReportFormat format) {
        return "tra-cuu-that-bai_" + range.from() + "_" + range.to() + "." + extension(format);
    }

    public static String extension(ReportFormat format) {
        return format == ReportFormat.XLSX ? "xlsx" : "csv";
    }

    public static String contentType(ReportFormat format) {
        return format == ReportFormat.XLSX ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=utf-8";
    }

    /**
     * Writes the report to {@code out} (not closed); {@code leaveOutSent}: without the lookups
     * marked sent to BHXH.
     *
     * @return how many rows it has
     */
    public long write(ReportRange range, ReportFormat format, boolean leaveOutSent, OutputStream out)
            throws IOException {
        long started = System.nanoTime();
        ReportColumns columns = new ReportColumns(texts, zone);
        ReportWriter writer = format == ReportFormat.XLSX ? new XlsxReportWriter(out, texts, columns)
                : new CsvReportWriter(out, columns);
        Map<String, ReportSummary.CodeTotal> byCode = new TreeMap<>();
        long[] count = {0};
        writer.header();
        Instant start = range.from().atStartOfDay(zone).toInstant();
        Instant end = range.to().plusDays(1).atStartOfDay(zone).toInstant();
        var outages = query.read(range.from(), range.to(), leaveOutSent, start, end, row -> {
            writer.row(++count[0], row);
            byCode.merge(row.code(), new ReportSummary.CodeTotal(row.meaning(), 1),
                    (a, b) -> new ReportSummary.CodeTotal(a.meaning(), a.count() + b.count()));
        });
        writer.finish(new ReportSummary(hospital, range.from(), range.to(), leaveOutSent, count[0], byCode, outages));
        log.info("Failed-lookup report {}..{} {}{}: {} rows in {} ms", range.from(), range.to(), format,
                leaveOutSent ? " (sent left out)" : "", count[0], (System.nanoTime() - started) / 1_000_000);
        return count[0];
    }
}
