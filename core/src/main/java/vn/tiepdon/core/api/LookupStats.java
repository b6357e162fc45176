package vn.tiepdon.core.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.identity.IdentificationMethod;

/**
 * Lookup success over a period. {@code succeeded} counts lookups whose final outcome was
 * ELIGIBLE or ELIGIBLE_WITH_WARNING; {@code rate} = succeeded / total (0 when total is 0).
 */
public record LookupStats(LocalDate from, LocalDate to, long total, long succeeded, double rate,
                          Map<LookupClass, Long> byClass, Map<IdentificationMethod, Long> byMethod) {
    public LookupStats {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        byClass = Map.copyOf(byClass);
        byMethod = Map.copyOf(byMethod);
    }
}
