package vn.tiepdon.core.api;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.tiepdon.core.stats.QueueMeasures;

/**
 * Queue statistics over the service days {@code from}..{@code to}, from the tickets' events:
 * {@code all} the tickets, {@code byQueue} (queue id), {@code byCounter} (the counter that last
 * called the ticket; tickets never called are in no counter), {@code byHour} (hour of the day 0-23
 * the ticket was issued, in the hospital's zone). The tickets of {@code byQueue} and of
 * {@code byHour} each sum to {@code all}'s.
 */
public record QueueStats(LocalDate from, LocalDate to, QueueMeasures all, Map<String, QueueMeasures> byQueue,
                         Map<String, QueueMeasures> byCounter, Map<Integer, QueueMeasures> byHour) {
    public QueueStats {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(all, "all");
        byQueue = Collections.unmodifiableMap(new TreeMap<>(byQueue));
        byCounter = Collections.unmodifiableMap(new TreeMap<>(byCounter));
        byHour = Collections.unmodifiableMap(new TreeMap<>(byHour));
    }
}
