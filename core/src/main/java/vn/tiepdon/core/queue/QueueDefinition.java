package vn.tiepdon.core.queue;

import java.util.Objects;

/** A waiting line with its ticket prefix, e.g. {@code bhyt}, prefix {@code A}, "Khám BHYT". */
public record QueueDefinition(String id, String prefix, String name, boolean priority) {
    public QueueDefinition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(prefix);
        Objects.requireNonNull(name);
        if (!prefix.matches("[A-Z]{1,2}")) {
            throw new IllegalArgumentException("queue prefix must be one or two capital letters: " + prefix);
        }
    }
}
