package vn.tiepdon.core.queue;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which waiting ticket a counter calls next:
 * <ol>
 * <li>a ticket transferred to this counter (by its place in the queue);</li>
 * <li>else the first queue in the counter's {@code serves} list that has someone waiting (so a
 * counter lists the priority queue first to serve it first), and within that queue the ticket
 * with the lowest place ({@code orderKey}: issue order, or the front for a ticket returned there);</li>
 * <li>but priority may not starve the others: after {@code maxPriorityRun} priority calls in a row
 * at this counter, an ordinary ticket waiting for it goes first.</li>
 * </ol>
 * A ticket transferred to another counter is never called here.
 */
public final class CallOrder {
    private static final Comparator<Ticket> PLACE =
            Comparator.comparing(Ticket::serviceDay).thenComparingLong(Ticket::orderKey).thenComparingLong(Ticket::id);

    private CallOrder() {
    }

    /** Without a limit on priority runs. */
    public static Optional<Ticket> next(CounterDefinition counter, List<Ticket> waiting) {
        return next(counter, waiting, Set.of(), 0, Integer.MAX_VALUE);
    }

    /**
     * @param priorityQueues  ids of the priority queues
     * @param priorityStreak  priority tickets this counter called in a row just before
     * @param maxPriorityRun  at most this many priority calls in a row while others wait
     */
    public static Optional<Ticket> next(CounterDefinition counter, List<Ticket> waiting, Set<String> priorityQueues,
                                        int priorityStreak, int maxPriorityRun) {
        Predicate<Ticket> callable = t -> t.status() == TicketStatus.WAITING
                && t.targetCounterId().map(counter.id()::equals).orElse(true);
        Optional<Ticket> sentHere = waiting.stream().filter(callable)
                .filter(t -> t.targetCounterId().isPresent()).min(PLACE);
        if (sentHere.isPresent()) {
            return sentHere;
        }
        Optional<Ticket> first = firstByServeOrder(counter, waiting, callable);
        if (first.isPresent() && priorityQueues.contains(first.get().queueId()) && priorityStreak >= maxPriorityRun) {
            Optional<Ticket> ordinary = firstByServeOrder(counter, waiting,
                    callable.and(t -> !priorityQueues.contains(t.queueId())));
            if (ordinary.isPresent()) {
                return ordinary;
            }
        }
        return first;
    }

    private static Optional<Ticket> firstByServeOrder(CounterDefinition counter, List<Ticket> waiting,
                                                      Predicate<Ticket> callable) {
        for (String queueId : counter.serves()) {
            Optional<Ticket> first = waiting.stream()
                    .filter(callable.and(t -> t.queueId().equals(queueId)))
                    .min(PLACE);
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }

    /** The streak after calling {@code called}: one more for a priority ticket, else back to 0. */
    public static int streakAfter(Ticket called, Set<String> priorityQueues, int streakBefore) {
        return priorityQueues.contains(called.queueId()) ? streakBefore + 1 : 0;
    }
}
