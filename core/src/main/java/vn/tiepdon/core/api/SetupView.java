package vn.tiepdon.core.api;

import java.util.List;
import java.util.Objects;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.QueueDefinition;

/** {@code GET /api/v1/setup}: what kiosks, desks and displays need to draw themselves. */
public record SetupView(String hospitalCode, String hospitalName, List<QueueDefinition> queues,
                        List<CounterDefinition> counters) {
    public SetupView {
        Objects.requireNonNull(hospitalCode);
        Objects.requireNonNull(hospitalName);
        queues = List.copyOf(queues);
        counters = List.copyOf(counters);
    }
}
