package vn.tiepdon.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.FieldLimits;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.QueueDefinition;

/**
 * The transfer dialog without Swing: where a ticket goes (another queue, or one counter that alone
 * calls it) and the note the receiving desk reads. A move to a priority queue needs the reason as
 * its note (pregnancy, disability, người có công...).
 */
public final class TransferForm {
    /** Where a ticket can go. */
    public sealed interface Target {
        /** The queue's or counter's name. */
        String name();

        /** The request for this target with {@code note}. */
        TransferRequest request(String note);
    }

    /** Another queue (keeping its number and its place in time). */
    public record ToQueue(QueueDefinition queue) implements Target {
        @Override
        public String name() {
            return queue.name();
        }

        @Override
        public TransferRequest request(String note) {
            return TransferRequest.toQueue(queue.id(), note);
        }
    }

    /** One counter: only it calls the ticket, before its queue order. */
    public record ToCounter(CounterDefinition counter) implements Target {
        @Override
        public String name() {
            return counter.name();
        }

        @Override
        public TransferRequest request(String note) {
            return TransferRequest.toCounter(counter.id(), note);
        }
    }

    private final DeskTicket ticket;
    private final DeskMessages messages;
    private final List<Target> targets = new ArrayList<>();
    private Optional<Target> chosen = Optional.empty();
    private String note = "";

    /** The targets: every queue but the one a waiting ticket is already in, every counter but this one. */
    public TransferForm(DeskTicket ticket, SetupView setup, String hereCounterId, DeskMessages messages) {
        this.ticket = Objects.requireNonNull(ticket);
        this.messages = Objects.requireNonNull(messages);
        for (QueueDefinition q : setup.queues()) {
            boolean alreadyThere = q.id().equals(ticket.ticket().queueId())
                    && ticket.status() == vn.tiepdon.core.queue.TicketStatus.WAITING
                    && ticket.ticket().targetCounterId().isEmpty();
            if (!alreadyThere) {
                targets.add(new ToQueue(q));
            }
        }
        for (CounterDefinition c : setup.counters()) {
            if (!c.id().equals(hereCounterId)) {
                targets.add(new ToCounter(c));
            }
        }
    }

    public DeskTicket ticket() {
        return ticket;
    }

    public List<Target> targets() {
        return List.copyOf(targets);
    }

    public Optional<Target> chosen() {
        return chosen;
    }

    public void choose(Target target) {
        if (!targets.contains(target)) {
            throw new IllegalArgumentException("not a target of this form: " + target);
        }
        chosen = Optional.of(target);
    }

    public String note() {
        return note;
    }

    public void note(String text) {
        note = text == null ? "" : text;
    }

    /** What stops the transfer, in the desk's language; empty when it can be sent. */
    public Optional<String> problem() {
        if (chosen.isEmpty()) {
            return Optional.of(messages.text("transfer.problem.noTarget"));
        }
        String n = note.strip();
        if (n.length() > FieldLimits.NOTE) {
            return Optional.of(messages.text("transfer.problem.noteTooLong", Integer.toString(FieldLimits.NOTE),
                    Integer.toString(n.length())));
        }
        if (n.isEmpty() && chosen.get() instanceof ToQueue q && q.queue().priority()) {
            return Optional.of(messages.text("transfer.problem.priorityReason", q.queue().name()));
        }
        return Optional.empty();
    }

    public boolean canSend() {
        return problem().isEmpty();
    }

    /** Sends the transfer through the desk (its status line tells the outcome). */
    public DeskOutcome send(DeskModel desk) {
        if (!canSend()) {
            throw new IllegalStateException("the transfer form is not complete: " + problem().orElse(""));
        }
        Target target = chosen.orElseThrow();
        return desk.transfer(ticket, target.request(note.strip()), target.name());
    }
}
