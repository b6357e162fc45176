package vn.tiepdon.server.reports;

import java.io.IOException;

/** Writes the report in one format as its rows arrive: the header, each row, then the summary. */
interface ReportWriter {
    void header() throws IOException;

    void row(long stt, FailedLookupRow row) throws IOException;

    /** Writes the summary (where the format has one) and ends the file; the stream stays open. */
    void finish(ReportSummary summary) throws IOException;
}
