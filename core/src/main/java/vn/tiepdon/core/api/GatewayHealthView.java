package vn.tiepdon.core.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The gateway's health over one day, from the lookup log ({@code GET /api/v1/gateway/health}):
 * per hour, requests, answers, timeouts, other failures and latency percentiles; and the day's
 * outages (evidence for the BHXH report).
 */
public record GatewayHealthView(LocalDate day, List<Hour> hours, List<Outage> outages) {
    public GatewayHealthView {
        Objects.requireNonNull(day, "day");
        hours = List.copyOf(hours);
        outages = List.copyOf(outages);
    }

    /**
     * One hour of the day (local time) with at least one request.
     *
     * @param requests  requests sent to the gateway
     * @param answered  requests that got a result code
     * @param timeouts  requests with no answer in time
     * @param errors    other requests without a usable answer (unreachable, unreadable, HTTP 5xx)
     * @param p50Millis median time of a request, ms
     * @param p90Millis 90th percentile, ms
     * @param p99Millis 99th percentile, ms
     * @param outageMinutes minutes of this hour inside an outage
     */
    public record Hour(int hour, int requests, int answered, int timeouts, int errors, long p50Millis,
                       long p90Millis, long p99Millis, long outageMinutes) {
    }

    /** An outage: no answer from {@code startedAt}; {@code endedAt} empty while it lasts. */
    public record Outage(Instant startedAt, Optional<Instant> endedAt, int requests) {
        public Outage {
            Objects.requireNonNull(startedAt, "startedAt");
            endedAt = endedAt == null ? Optional.empty() : endedAt;
        }
    }
}
