package vn.tiepdon.server.stats;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.http.Exchange;
import vn.tiepdon.server.http.Reply;
import vn.tiepdon.server.http.Routes;

/** {@code GET /api/v1/stats/queues?from=&to=} (admins): the queue statistics of a range of service days. */
public final class QueueStatsRoutes implements Routes.Feature {
    private final QueueStatistics statistics;
    private final Supplier<LocalDate> today;

    /** @param today the service day today (the default {@code from}) */
    public QueueStatsRoutes(QueueStatistics statistics, Supplier<LocalDate> today) {
        this.statistics = statistics;
        this.today = today;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/stats/queues", Allowed.admin(), ex -> {
            LocalDate from = date(ex, "from").orElseGet(today);
            LocalDate to = date(ex, "to").orElse(from);
            try {
                QueueStatistics.checkRange(from, to);
            } catch (IllegalArgumentException e) {
                throw new ApiProblem(ErrorCode.BAD_REQUEST, e.getMessage());
            }
            return Reply.ok(statistics.between(from, to));
        });
    }

    private static Optional<LocalDate> date(Exchange ex, String name) {
        Optional<String> text = ex.query(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get().trim()));
        } catch (DateTimeParseException e) {
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "'" + name + "' must be a date as yyyy-MM-dd, got '"
                    + abbreviated(text.get()) + "'");
        }
    }

    private static String abbreviated(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
