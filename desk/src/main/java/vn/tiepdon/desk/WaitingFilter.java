package vn.tiepdon.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.QueueDefinition;

/** Which part of the waiting list the desk shows: every queue, what this counter calls, or one queue. */
sealed interface WaitingFilter {
    /** True when {@code ticket} is listed under this filter. */
    boolean keeps(DeskTicket ticket);

    /** The filter's name, in the desk's language. */
    String label(DeskMessages m);

    /** Every waiting ticket. */
    record All() implements WaitingFilter {
        @Override
        public boolean keeps(DeskTicket ticket) {
            return true;
        }

        @Override
        public String label(DeskMessages m) {
            return m.text("filter.all");
        }
    }

    /** What this counter calls: its queues (unless reserved for another counter) and the tickets reserved for it. */
    record ThisCounter(CounterDefinition counter) implements WaitingFilter {
        public ThisCounter {
            Objects.requireNonNull(counter);
        }

        @Override
        public boolean keeps(DeskTicket ticket) {
            if (ticket.reservedFor(counter.id())) {
                return true;
            }
            return ticket.ticket().targetCounterId().isEmpty() && counter.serves().contains(ticket.ticket().queueId());
        }

        @Override
        public String label(DeskMessages m) {
            return m.text("filter.counter", counter.name());
        }
    }

    /** One queue. */
    record Queue(QueueDefinition queue) implements WaitingFilter {
        public Queue {
            Objects.requireNonNull(queue);
        }

        @Override
        public boolean keeps(DeskTicket ticket) {
            return ticket.ticket().queueId().equals(queue.id());
        }

        @Override
        public String label(DeskMessages m) {
            return queue.name();
        }
    }

    /** The filters offered at counter {@code counterId}: all, this counter's, then each configured queue. */
    static List<WaitingFilter> choices(SetupView setup, String counterId) {
        List<WaitingFilter> out = new ArrayList<>();
        out.add(new All());
        setup.counters().stream().filter(c -> c.id().equals(counterId)).findFirst()
                .ifPresent(c -> out.add(new ThisCounter(c)));
        for (QueueDefinition q : setup.queues()) {
            out.add(new Queue(q));
        }
        return out;
    }

    /** The tickets of {@code waiting} this filter keeps, in their order. */
    default List<DeskTicket> apply(List<DeskTicket> waiting) {
        return waiting.stream().filter(this::keeps).toList();
    }
}
