package vn.tiepdon.core.stats;

/**
 * The counts of a set of check-ins' lookups, one per check-in (see {@link LookupCategory}):
 * {@code succeeded} (answered) + {@code failed} + {@code pending} = {@code lookups}.
 * {@code eligible} is part of {@code succeeded}; {@code overridden} (a receptionist fixed or
 * settled it) is counted apart, across the three. Rates are over {@code lookups} (0 when none):
 * {@code rate} = succeeded / lookups, {@code eligibleRate} = eligible / lookups,
 * {@code failedRate} = failed / lookups.
 */
public record LookupCounts(long lookups, long succeeded, long failed, long pending, long eligible, long overridden,
                           double rate, double eligibleRate, double failedRate) {
    public static final LookupCounts ZERO = of(0, 0, 0, 0, 0);

    public LookupCounts {
        if (succeeded + failed + pending != lookups) {
            throw new IllegalArgumentException("succeeded + failed + pending must equal lookups: " + succeeded + " + "
                    + failed + " + " + pending + " != " + lookups);
        }
        if (eligible > succeeded || overridden > lookups || lookups < 0 || succeeded < 0 || failed < 0
                || pending < 0 || eligible < 0 || overridden < 0) {
            throw new IllegalArgumentException("inconsistent counts");
        }
    }

    /** The counts with their rates computed. */
    public static LookupCounts of(long succeeded, long failed, long pending, long eligible, long overridden) {
        long lookups = succeeded + failed + pending;
        return new LookupCounts(lookups, succeeded, failed, pending, eligible, overridden, share(succeeded, lookups),
                share(eligible, lookups), share(failed, lookups));
    }

    /** These counts and {@code other}'s together. */
    public LookupCounts plus(LookupCounts other) {
        return of(succeeded + other.succeeded, failed + other.failed, pending + other.pending,
                eligible + other.eligible, overridden + other.overridden);
    }

    /** One more check-in, of {@code category}, eligible or not, overridden or not. */
    public LookupCounts plus(LookupCategory category, boolean isEligible, boolean isOverridden, long count) {
        return plus(of(category == LookupCategory.SUCCEEDED ? count : 0, category == LookupCategory.FAILED ? count : 0,
                category == LookupCategory.PENDING ? count : 0, isEligible ? count : 0, isOverridden ? count : 0));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
