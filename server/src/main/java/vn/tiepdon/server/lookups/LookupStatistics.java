package vn.tiepdon.server.lookups;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupStats;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.identity.IdentificationMethod;

/**
 * Lookup success over a period, from the lookup log. One check-in counts once, by its current
 * lookup (a re-run replaces the lookup it re-ran), so the numbers add up: byClass and byMethod
 * each sum to total. A check-in a receptionist fixed counts in {@code overridden} under its latest
 * action and never in {@code succeeded}, even when the gateway answered a re-run ELIGIBLE.
 */
public final class LookupStatistics {
    private final LookupStore store;

    public LookupStatistics(LookupStore store) {
        this.store = store;
    }

    public LookupStats between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        Map<LookupClass, Long> byClass = new EnumMap<>(LookupClass.class);
        Map<IdentificationMethod, Long> byMethod = new EnumMap<>(IdentificationMethod.class);
        Map<LookupOverride.Action, Long> overridden = new EnumMap<>(LookupOverride.Action.class);
        long total = 0;
        long succeeded = 0;
        for (LookupStore.ClassMethodCount row : store.counts(from, to)) {
            total += row.count();
            if (row.override().isPresent()) {
                overridden.merge(row.override().get(), row.count(), Long::sum);
            } else if (row.lookupClass().isSuccess()) {
                succeeded += row.count();
            }
            byClass.merge(row.lookupClass(), row.count(), Long::sum);
            byMethod.merge(row.method(), row.count(), Long::sum);
        }
        double rate = total == 0 ? 0.0 : (double) succeeded / total;
        return new LookupStats(from, to, total, succeeded, rate, byClass, byMethod, overridden);
    }
}
