package vn.tiepdon.core.api;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.stats.CheckinMethod;
import vn.tiepdon.core.stats.CodeCounts;
import vn.tiepdon.core.stats.LookupCategory;
import vn.tiepdon.core.stats.LookupCounts;

/**
 * Lookup success over the service days (the answer of {@code GET /api/v1/stats/lookups}) {@code from}..{@code to} (both included), one check-in
 * counted once by its own lookup's final outcome ({@link LookupCategory}):
 * {@code succeeded} (answered) + {@code failed} + {@code pending} = {@code lookups}, overall and in
 * every entry of {@code byDay}, {@code byMethod}, {@code byKiosk}, {@code byCode} and
 * {@code byClass}, and each of those sums to the totals. {@code eligible} is part of
 * {@code succeeded}; {@code overridden} counts the check-ins a receptionist fixed or settled, apart
 * (never as gateway successes), by its latest action in {@code overriddenBy}. Rates as in
 * {@link LookupCounts}: {@code rate} = succeeded / lookups.
 *
 * <p>{@code byDay} is in date order with every day of the range (zero counts included);
 * {@code byMethod} in the enum's order, with every method; {@code byKiosk}, {@code byCode} and
 * {@code byClass} hold what occurred.
 */
public record LookupSuccess(LocalDate from, LocalDate to, long lookups, long succeeded, long failed, long pending,
                          long eligible, long overridden, double rate, double eligibleRate, double failedRate,
                          Map<LocalDate, LookupCounts> byDay, Map<CheckinMethod, LookupCounts> byMethod,
                          Map<String, LookupCounts> byKiosk, Map<String, CodeCounts> byCode,
                          Map<LookupClass, LookupCounts> byClass, Map<LookupOverride.Action, Long> overriddenBy) {
    public LookupSuccess {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        new LookupCounts(lookups, succeeded, failed, pending, eligible, overridden, rate, eligibleRate, failedRate);
        byDay = Collections.unmodifiableMap(new TreeMap<>(byDay));
        byMethod = Collections.unmodifiableMap(new TreeMap<>(byMethod));
        byKiosk = Collections.unmodifiableMap(new TreeMap<>(byKiosk));
        byCode = Collections.unmodifiableMap(new TreeMap<>(byCode));
        byClass = Collections.unmodifiableMap(new TreeMap<>(byClass));
        overriddenBy = Collections.unmodifiableMap(new LinkedHashMap<>(overriddenBy));
    }

    /** Statistics from their totals and breakdowns. */
    public static LookupSuccess of(LocalDate from, LocalDate to, LookupCounts totals, Map<LocalDate, LookupCounts> byDay,
                                 Map<CheckinMethod, LookupCounts> byMethod, Map<String, LookupCounts> byKiosk,
                                 Map<String, CodeCounts> byCode, Map<LookupClass, LookupCounts> byClass,
                                 Map<LookupOverride.Action, Long> overriddenBy) {
        return new LookupSuccess(from, to, totals.lookups(), totals.succeeded(), totals.failed(), totals.pending(),
                totals.eligible(), totals.overridden(), totals.rate(), totals.eligibleRate(), totals.failedRate(), byDay,
                byMethod, byKiosk, byCode, byClass, overriddenBy);
    }

    /** The totals alone. */
    public LookupCounts totals() {
        return new LookupCounts(lookups, succeeded, failed, pending, eligible, overridden, rate, eligibleRate,
                failedRate);
    }
}
