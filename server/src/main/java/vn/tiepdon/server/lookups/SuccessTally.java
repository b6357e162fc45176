package vn.tiepdon.server.lookups;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.stats.CheckinMethod;
import vn.tiepdon.core.stats.CodeCounts;
import vn.tiepdon.core.stats.CodeMeanings;
import vn.tiepdon.core.stats.LookupCategory;
import vn.tiepdon.core.stats.LookupCounts;

/**
 * Adds up the lookup log's groups ({@link LookupStore#successGroups}) into {@link LookupSuccess}:
 * one check-in is its own lookup (the head of its re-run chain), counted by that lookup's final
 * outcome ({@link LookupCategory}); a desk re-run is not a lookup of its own. {@code overridden}
 * counts the check-ins a receptionist acted on; {@code overriddenBy} splits them by the latest
 * action (the one on the last lookup of the check-in: a re-run later accepted on a paper card
 * counts as {@code ACCEPT_PAPER_CARD}). No I/O.
 */
public final class SuccessTally {
    private final LocalDate from;
    private final LocalDate to;
    private final CodeMeanings meanings;
    private LookupCounts totals = LookupCounts.ZERO;
    private final Map<LocalDate, LookupCounts> byDay = new TreeMap<>();
    private final Map<CheckinMethod, LookupCounts> byMethod = new EnumMap<>(CheckinMethod.class);
    private final Map<String, LookupCounts> byKiosk = new TreeMap<>();
    private final Map<String, LookupCounts> byCode = new TreeMap<>();
    private final Map<String, Map<LookupClass, Long>> classesOfCode = new HashMap<>();
    private final Map<LookupClass, LookupCounts> byClass = new EnumMap<>(LookupClass.class);
    private final Map<LookupOverride.Action, Long> overriddenBy = new EnumMap<>(LookupOverride.Action.class);

    public SuccessTally(LocalDate from, LocalDate to, CodeMeanings meanings) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        this.from = from;
        this.to = to;
        this.meanings = meanings;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, LookupCounts.ZERO);
        }
        for (CheckinMethod m : CheckinMethod.values()) {
            byMethod.put(m, LookupCounts.ZERO);
        }
        for (LookupOverride.Action a : LookupOverride.Action.values()) {
            overriddenBy.put(a, 0L);
        }
    }

    /** Counts one group of lookups. */
    public SuccessTally add(LookupStore.SuccessGroup g) {
        if (g.last() && g.override().isPresent()) {
            overriddenBy.merge(g.override().get(), g.count(), Long::sum);
        }
        if (!g.head()) {
            return this;
        }
        LookupCounts one = LookupCounts.ZERO.plus(LookupCategory.of(g.lookupClass(), g.code(), g.pending()),
                !g.pending() && g.lookupClass().isSuccess(), g.override().isPresent(), g.count());
        totals = totals.plus(one);
        byDay.merge(g.day(), one, LookupCounts::plus);
        byMethod.merge(CheckinMethod.of(g.method(), g.kind()), one, LookupCounts::plus);
        byKiosk.merge(g.kioskId(), one, LookupCounts::plus);
        String code = CodeMeanings.key(g.code(), g.reason());
        byCode.merge(code, one, LookupCounts::plus);
        classesOfCode.computeIfAbsent(code, k -> new EnumMap<>(LookupClass.class))
                .merge(g.lookupClass(), g.count(), Long::sum);
        byClass.merge(g.lookupClass(), one, LookupCounts::plus);
        return this;
    }

    public LookupSuccess result() {
        Map<String, CodeCounts> codes = new LinkedHashMap<>();
        byCode.forEach((code, counts) -> {
            LookupClass mostOften = classesOfCode.get(code).entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            codes.put(code, CodeCounts.of(code, mostOften, meanings.of(code), counts));
        });
        return LookupSuccess.of(from, to, totals, byDay, byMethod, byKiosk, codes, byClass, overriddenBy);
    }
}
