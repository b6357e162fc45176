package vn.tiepdon.core.queue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which waiting ticket a counter calls next: the first queue in the counter's {@code serves}
 * list that has someone waiting (so a counter lists the priority queue first to serve it first),
 * and within that queue the lowest sequence number.
 */
public final class CallOrder {
    private CallOrder() {
    }

    public static Optional<Ticket> next(CounterDefinition counter, List<Ticket> waiting) {
        for (String queueId : counter.serves()) {
            Optional<Ticket> first = waiting.stream()
                    .filter(t -> t.status() == TicketStatus.WAITING && t.queueId().equals(queueId))
                    .min(Comparator.comparing(Ticket::serviceDay).thenComparingInt(Ticket::sequence));
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }
}
