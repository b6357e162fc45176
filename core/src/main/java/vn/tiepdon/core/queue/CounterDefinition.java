package vn.tiepdon.core.queue;

import java.util.List;
import java.util.Objects;

/** A reception counter and the queues it serves, in the order it serves them. */
public record CounterDefinition(String id, String name, List<String> serves) {
    public CounterDefinition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        serves = List.copyOf(serves);
        if (serves.isEmpty()) {
            throw new IllegalArgumentException("counter " + id + " serves no queue");
        }
    }
}
