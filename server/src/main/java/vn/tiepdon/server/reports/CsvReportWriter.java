package vn.tiepdon.server.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report as CSV: UTF-8 with a byte-order mark (so Excel shows Vietnamese), comma-separated, CRLF,
 * fields quoted where they need it (RFC 4180); the header and the rows, no summary.
 */
final class CsvReportWriter implements ReportWriter {
    static final char BOM = '\uFEFF';
    private final ReportColumns columns;
    private final Writer writer;
    private final CSVPrinter printer;

    CsvReportWriter(OutputStream out, ReportColumns columns) throws IOException {
        this.columns = columns;
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    @Override
    public void header() throws IOException {
        writer.write(BOM);
        printer.printRecord(columns.titles());
    }

    @Override
    public void row(long stt, FailedLookupRow row) throws IOException {
        printer.printRecord(columns.cells(stt, row));
    }

    @Override
    public void finish(ReportSummary summary) throws IOException {
        printer.flush();
        writer.flush();
    }
}
