package vn.tiepdon.app.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.api.QueueStats;

/**
 * Where a report reads its figures: a running server over HTTP ({@link ServerReportSource}) or the
 * database of a stopped one ({@link DataReportSource}). Both give the same answers.
 */
public interface ReportSource extends AutoCloseable {

    /** As {@code GET /api/v1/stats/lookups?from&to}. */
    LookupSuccess lookupSuccess(LocalDate from, LocalDate to);

    /** As {@code GET /api/v1/stats/queues?from&to}. */
    QueueStats queueStats(LocalDate from, LocalDate to);

    /**
     * Writes the failed-lookup report for BHXH of the range to {@code out} in {@code format} (CSV:
     * UTF-8 with BOM); {@code leaveOutSent}: without the rows already marked sent to BHXH.
     */
    void failedLookups(LocalDate from, LocalDate to, vn.tiepdon.core.api.ReportFormat format, boolean leaveOutSent,
                              OutputStream out)
            throws IOException;

    @Override
    void close();
}
