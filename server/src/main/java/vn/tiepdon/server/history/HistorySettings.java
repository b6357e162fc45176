package vn.tiepdon.server.history;

import java.time.Duration;
import java.util.Objects;
import vn.tiepdon.core.eligibility.ConcurrentVisits;

/**
 * The desk's view of the patient's past: how long the server waits for the gateway's visit
 * history ({@code gateway.historyBudget}; the gateway takes 5–30 s) and how near a lookup a check
 * of the card by another facility is shown ({@code gateway.concurrentVisitDays}).
 */
public record HistorySettings(Duration budget, Duration concurrentVisitWindow) {
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(30);

    public HistorySettings {
        Objects.requireNonNull(budget);
        Objects.requireNonNull(concurrentVisitWindow);
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the history budget must be more than 0: " + budget);
        }
        if (concurrentVisitWindow.isNegative() || concurrentVisitWindow.isZero()) {
            throw new IllegalArgumentException("the concurrent-visit window must be more than 0: "
                    + concurrentVisitWindow);
        }
    }

    /** 30 s for the history, 3 days for checks elsewhere. */
    public static HistorySettings defaults() {
        return new HistorySettings(DEFAULT_BUDGET, ConcurrentVisits.DEFAULT_WINDOW);
    }
}
