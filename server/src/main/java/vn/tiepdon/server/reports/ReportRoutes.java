package vn.tiepdon.server.reports;

import java.util.Locale;
import java.util.Optional;
import vn.tiepdon.core.api.BhxhSentRequest;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.ReportFormat;
import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.http.Download;
import vn.tiepdon.server.http.Exchange;
import vn.tiepdon.server.http.Reply;
import vn.tiepdon.server.http.Routes;

/**
 * The report of failed lookups for BHXH (admins): {@code GET /api/v1/reports/failed-lookups} the
 * file, {@code POST /api/v1/reports/failed-lookups/sent} the "đã gửi BHXH" marks.
 */
public final class ReportRoutes implements Routes.Feature {
    private final BhxhReport report;
    private final BhxhSubmissions submissions;

    public ReportRoutes(BhxhReport report, BhxhSubmissions submissions) {
        this.report = report;
        this.submissions = submissions;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/reports/failed-lookups", Allowed.admin(), ex -> {
            ReportRange range;
            try {
                range = ReportRange.parse(ex.query("from"), ex.query("to"));
            } catch (IllegalArgumentException e) {
                throw new ApiProblem(ErrorCode.BAD_REQUEST, e.getMessage());
            }
            ReportFormat format = format(ex.query("format"));
            boolean leaveOutSent = flag(ex, "leaveOutSent");
            return Reply.download(Download.of(BhxhReport.contentType(format), BhxhReport.fileName(range, format),
                    out -> report.write(range, format, leaveOutSent, out)));
        });
        routes.post("/api/v1/reports/failed-lookups/sent", Allowed.admin(), ex -> {
            BhxhSentRequest request = ex.body(BhxhSentRequest.class);
            return Reply.ok(submissions.mark(request, ex.requireCaller().actor()));
        });
    }

    static ReportFormat format(Optional<String> text) {
        String value = text.orElseThrow(() -> new ApiProblem(ErrorCode.BAD_REQUEST,
                "'format' is required: xlsx or csv"));
        try {
            return ReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "'format' must be xlsx or csv");
        }
    }

    private static boolean flag(Exchange ex, String name) {
        Optional<String> value = ex.query(name);
        if (value.isEmpty() || value.get().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.get().equalsIgnoreCase("true")) {
            return true;
        }
        throw new ApiProblem(ErrorCode.BAD_REQUEST, "'" + name + "' must be true or false");
    }
}
