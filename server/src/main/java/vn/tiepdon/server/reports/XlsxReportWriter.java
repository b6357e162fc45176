package vn.tiepdon.server.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report as an Excel workbook, streamed: sheet 1 the rows, written and flushed as they come
 * (strings inline, so no shared-string table grows with the range), sheet 2 "Tổng hợp" the summary.
 */
final class XlsxReportWriter implements ReportWriter {
    /** Rows kept before they are flushed to the stream. */
    static final int FLUSH_EVERY = 500;
    private final ReportTexts texts;
    private final ReportColumns columns;
    private final Workbook workbook;
    private final Worksheet rows;
    private int next = 1;

    XlsxReportWriter(OutputStream out, ReportTexts texts, ReportColumns columns) {
        this.texts = texts;
        this.columns = columns;
        this.workbook = new Workbook(out, "tiepdon", "1.0");
        this.rows = workbook.newWorksheet(texts.text("sheet.rows"));
    }

    @Override
    public void header() throws IOException {
        List<String> titles = columns.titles();
        for (int c = 0; c < titles.size(); c++) {
            rows.inlineString(0, c, titles.get(c));
            rows.width(c, c < 2 ? 8 : 18);
        }
        rows.range(0, 0, 0, titles.size() - 1).style().bold().wrapText(true).set();
        rows.freezePane(0, 1);
    }

    @Override
    public void row(long stt, FailedLookupRow row) throws IOException {
        List<Object> cells = columns.cells(stt, row);
        for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v instanceof Number n) {
                rows.value(next, c, n);
            } else if (!v.toString().isEmpty()) {
                rows.inlineString(next, c, v.toString());
            }
        }
        next++;
        if (next % FLUSH_EVERY == 0) {
            rows.flush();
        }
    }

    @Override
    public void finish(ReportSummary s) throws IOException {
        rows.finish();
        Worksheet sheet = workbook.newWorksheet(texts.text("sheet.summary"));
        sheet.width(0, 24);
        sheet.width(1, 60);
        sheet.width(2, 30);
        int r = 0;
        sheet.inlineString(r, 0, texts.text("summary.title"));
        sheet.style(r, 0).bold().set();
        r++;
        r = pair(sheet, r, texts.text("summary.hospital"), s.hospital());
        r = pair(sheet, r, texts.text("summary.from"), ReportColumns.DAY.format(s.from()));
        r = pair(sheet, r, texts.text("summary.to"), ReportColumns.DAY.format(s.to()));
        if (s.leftOutSent()) {
            sheet.inlineString(r++, 0, texts.text("summary.leftOutSent"));
        }
        sheet.inlineString(r, 0, texts.text("summary.total"));
        sheet.value(r++, 1, s.total());
        r++;
        sheet.inlineString(r++, 0, texts.text("summary.byCode"));
        sheet.inlineString(r, 0, texts.text("column.code"));
        sheet.inlineString(r, 1, texts.text("column.meaning"));
        sheet.inlineString(r, 2, texts.text("summary.count"));
        sheet.range(r, 0, r, 2).style().bold().set();
        r++;
        for (Map.Entry<String, ReportSummary.CodeTotal> e : s.byCode().entrySet()) {
            sheet.inlineString(r, 0, e.getKey());
            sheet.inlineString(r, 1, e.getValue().meaning());
            sheet.value(r++, 2, e.getValue().count());
        }
        r++;
        sheet.inlineString(r++, 0, texts.text("summary.outages"));
        sheet.inlineString(r, 0, texts.text("summary.outageStart"));
        sheet.inlineString(r, 1, texts.text("summary.outageEnd"));
        sheet.inlineString(r, 2, texts.text("summary.outageRequests"));
        sheet.range(r, 0, r, 2).style().bold().set();
        r++;
        if (s.outages().isEmpty()) {
            sheet.inlineString(r, 0, texts.text("summary.noOutages"));
        }
        for (FailedLookupQuery.Outage o : s.outages()) {
            sheet.inlineString(r, 0, columns.time(o.startedAt()));
            sheet.inlineString(r, 1, o.endedAt().map(columns::time).orElse(texts.text("summary.outageOngoing")));
            sheet.value(r++, 2, o.requests());
        }
        sheet.finish();
        workbook.finish();
    }

    private static int pair(Worksheet sheet, int r, String label, String value) {
        sheet.inlineString(r, 0, label);
        sheet.inlineString(r, 1, value);
        return r + 1;
    }
}
