package vn.tiepdon.core.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code POST /api/v1/reports/failed-lookups/sent} (admins): marks failed lookups "đã gửi BHXH"
 * (sent to BHXH) on {@code sentOn}: either every failed lookup of the service days
 * {@code from}..{@code to} not marked yet, or the lookups {@code lookupIds} (the "Mã tra cứu" column
 * of the report). A lookup marked before keeps its first date.
 */
public record BhxhSentRequest(Optional<LocalDate> from, Optional<LocalDate> to, List<Long> lookupIds,
                              LocalDate sentOn) {
    /** The most lookup ids one request may name. */
    public static final int MAX_IDS = 10_000;

    public BhxhSentRequest {
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        lookupIds = lookupIds == null ? List.of() : List.copyOf(lookupIds);
        if (sentOn == null) {
            throw new IllegalArgumentException("field 'sentOn' is required: the date the records were sent to BHXH"
                    + " (yyyy-MM-dd)");
        }
        boolean range = from.isPresent() || to.isPresent();
        if (range == !lookupIds.isEmpty()) {
            throw new IllegalArgumentException("give either 'from' and 'to' (a range of service days) or"
                    + " 'lookupIds', not both");
        }
        if (range && (from.isEmpty() || to.isEmpty())) {
            throw new IllegalArgumentException("give both 'from' and 'to'");
        }
        if (range && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("'from' (" + from.get() + ") is after 'to' (" + to.get() + ")");
        }
        if (lookupIds.size() > MAX_IDS) {
            throw new IllegalArgumentException("at most " + MAX_IDS + " 'lookupIds' in one request");
        }
    }

    /** Every failed lookup of {@code from}..{@code to} not marked yet. */
    public static BhxhSentRequest range(LocalDate from, LocalDate to, LocalDate sentOn) {
        return new BhxhSentRequest(Optional.of(Objects.requireNonNull(from)), Optional.of(Objects.requireNonNull(to)),
                List.of(), sentOn);
    }

    /** These lookups. */
    public static BhxhSentRequest lookups(List<Long> lookupIds, LocalDate sentOn) {
        if (lookupIds.isEmpty()) {
            throw new IllegalArgumentException("no lookup ids");
        }
        return new BhxhSentRequest(Optional.empty(), Optional.empty(), lookupIds, sentOn);
    }
}
