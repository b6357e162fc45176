package vn.tiepdon.server.eligibility;

import java.time.Duration;

/**
 * The kiosk's budget (gateway.budget) covers the whole check-in, not only the lookup: the lookup
 * gets the budget minus a reserve for parsing, storing the lookup, issuing the ticket and answering
 * over HTTP, so a gateway that hangs never holds a kiosk past its budget.
 */
public final class CheckinBudget {
    /** What the server keeps for its own work after the lookup (measured: tens of ms under load). */
    public static final Duration RESERVE = Duration.ofMillis(300);

    private CheckinBudget() {
    }

    /** The lookup's share of a kiosk budget: the budget minus {@link #RESERVE}, and at least half of it. */
    public static Duration forLookup(Duration kioskBudget) {
        if (kioskBudget.isNegative() || kioskBudget.isZero()) {
            throw new IllegalArgumentException("the budget must be positive: " + kioskBudget);
        }
        Duration lookup = kioskBudget.minus(RESERVE);
        Duration half = kioskBudget.dividedBy(2);
        return lookup.compareTo(half) < 0 ? half : lookup;
    }
}
