package vn.tiepdon.core.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The admin's view of the link to the BHXH gateway ({@code GET /api/v1/gateway}): requests used
 * against the account's budget, whether calls are stopped, the breaker and any outage in progress.
 *
 * @param day                the day {@code usedToday} counts
 * @param perMinute          {@code gateway.quota.perMinute}
 * @param perDay             {@code gateway.quota.perDay}
 * @param backgroundShare    the share of both that background retries may use
 * @param usedThisMinute     requests in the last 60 s (this server)
 * @param usedToday          requests today (this server)
 * @param reuseAnswerSeconds {@code gateway.reuseAnswerFor} in seconds (0: off)
 * @param breaker            {@code CLOSED}, {@code OPEN} or {@code HALF_OPEN}
 * @param stoppedSince       when calls were stopped, while they are
 * @param stoppedBecause     why they were stopped, while they are
 * @param outageSince        when the outage in progress began, if any
 * @param pendingLookups     today's lookups waiting for a background retry
 */
public record GatewayStatusView(LocalDate day, int perMinute, int perDay, double backgroundShare, int usedThisMinute,
                                int usedToday, long reuseAnswerSeconds, String breaker,
                                Optional<Instant> stoppedSince, Optional<String> stoppedBecause,
                                Optional<Instant> outageSince, long pendingLookups) {
    public GatewayStatusView {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(breaker, "breaker");
        stoppedSince = stoppedSince == null ? Optional.empty() : stoppedSince;
        stoppedBecause = stoppedBecause == null ? Optional.empty() : stoppedBecause;
        outageSince = outageSince == null ? Optional.empty() : outageSince;
    }
}
