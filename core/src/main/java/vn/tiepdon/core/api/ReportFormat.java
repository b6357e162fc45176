package vn.tiepdon.core.api;

/** The file formats of the failed-lookup report for BHXH. */
public enum ReportFormat {
    /** An Excel workbook: the rows, and a summary sheet. */
    XLSX,
    /** UTF-8 with a byte-order mark, so Excel shows Vietnamese: the rows only. */
    CSV
}
