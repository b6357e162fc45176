package vn.tiepdon.server.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The "Tổng hợp" sheet: the range, the total, the count of rows by code (code → its meaning and
 * count, codes in order) and the gateway outages that overlap the range.
 */
record ReportSummary(String hospital, LocalDate from, LocalDate to, boolean leftOutSent, long total,
                     Map<String, CodeTotal> byCode, List<FailedLookupQuery.Outage> outages) {

    record CodeTotal(String meaning, long count) {
    }
}
