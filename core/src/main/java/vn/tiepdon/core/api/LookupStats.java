package vn.tiepdon.core.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.identity.IdentificationMethod;

/**
 * Lookup success over a period, one check-in counted once (by its current lookup: a re-run
 * replaces the lookup it re-ran in every count). {@code total} counts check-ins; {@code byClass}
 * (the gateway's latest verdict) and {@code byMethod} each sum to {@code total}.
 * {@code succeeded} counts check-ins whose lookup the gateway answered ELIGIBLE or
 * ELIGIBLE_WITH_WARNING with no receptionist's help; {@code rate} = succeeded / total (0 when total
 * is 0). {@code overridden} counts, by the latest action, the check-ins a receptionist fixed (a
 * re-run counts there whatever the gateway answered it, never in {@code succeeded}); so
 * {@code succeeded} + the sum of {@code overridden} + the failures nobody fixed = {@code total}.
 */
public record LookupStats(LocalDate from, LocalDate to, long total, long succeeded, double rate,
                          Map<LookupClass, Long> byClass, Map<IdentificationMethod, Long> byMethod,
                          Map<LookupOverride.Action, Long> overridden) {
    public LookupStats {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        byClass = Map.copyOf(byClass);
        byMethod = Map.copyOf(byMethod);
        overridden = overridden == null ? Map.of() : Map.copyOf(overridden);
    }

    /** Statistics without overrides. */
    public LookupStats(LocalDate from, LocalDate to, long total, long succeeded, double rate,
                       Map<LookupClass, Long> byClass, Map<IdentificationMethod, Long> byMethod) {
        this(from, to, total, succeeded, rate, byClass, byMethod, Map.of());
    }

    /** The check-ins that neither succeeded at the gateway nor were fixed by a receptionist. */
    public long unfixedFailures() {
        return total - succeeded - overridden.values().stream().mapToLong(Long::longValue).sum();
    }
}
