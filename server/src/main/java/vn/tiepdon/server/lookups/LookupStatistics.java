package vn.tiepdon.server.lookups;

import java.time.LocalDate;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.stats.CodeMeanings;

/**
 * Lookup success over a range of service days, from the lookup log (one grouped query, added up by
 * {@link SuccessTally}): the answer of {@code GET /api/v1/stats/lookups}, also read by
 * {@code tiepdon report success --data} from a stopped server's database.
 */
public final class LookupStatistics {
    /** The longest range asked at once (ten years and their leap days): one entry per day. */
    public static final int MAX_DAYS = 3660;
    private final LookupStore store;
    private final CodeMeanings meanings;

    public LookupStatistics(LookupStore store) {
        this(store, CodeMeanings.vietnamese());
    }

    public LookupStatistics(LookupStore store, CodeMeanings meanings) {
        this.store = store;
        this.meanings = meanings;
    }

    /**
     * @throws IllegalArgumentException when {@code to} is before {@code from}, or the range is longer
     *                                  than {@link #MAX_DAYS}
     */
    public LookupSuccess between(LocalDate from, LocalDate to) {
        if (java.time.temporal.ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("the range " + from + ".." + to + " is longer than " + MAX_DAYS
                    + " days");
        }
        SuccessTally tally = new SuccessTally(from, to, meanings);
        store.successGroups(from, to).forEach(tally::add);
        return tally.result();
    }
}
