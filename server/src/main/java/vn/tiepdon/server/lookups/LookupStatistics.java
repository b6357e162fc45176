package vn.tiepdon.server.lookups;

import java.time.LocalDate;
import java.util.Map;
import java.util.EnumMap;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.api.LookupStats;

/** Lookup success over a period, from the lookup log. The numbers add up: byClass sums to total. */
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
        long total = 0;
        long succeeded = 0;
        for (LookupStore.ClassMethodCount row : store.counts(from, to)) {
            total += row.count();
            if (row.lookupClass().isSuccess()) {
                succeeded += row.count();
            }
            byClass.merge(row.lookupClass(), row.count(), Long::sum);
            byMethod.merge(row.method(), row.count(), Long::sum);
        }
        double rate = total == 0 ? 0.0 : (double) succeeded / total;
        return new LookupStats(from, to, total, succeeded, rate, byClass, byMethod);
    }
}
