package vn.tiepdon.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.queue.TicketStatus;

/**
 * Today's tickets as one counter's desk knows them, and which one is the counter's current ticket.
 * Not thread-safe: {@link DeskModel} guards it.
 */
final class DeskDay {
    static final Comparator<DeskTicket> OLDEST_FIRST =
            Comparator.comparing((DeskTicket t) -> t.ticket().issuedAt()).thenComparingLong(DeskTicket::id);

    private final String counterId;
    private final DeskMessages messages;
    private final Map<Long, DeskTicket> tickets = new HashMap<>();
    private Optional<Long> currentId = Optional.empty();

    DeskDay(String counterId, DeskMessages messages) {
        this.counterId = Objects.requireNonNull(counterId);
        this.messages = Objects.requireNonNull(messages);
    }

    /** Replaces what the desk knew with today's tickets from the server. */
    void load(List<TicketView> today) {
        tickets.clear();
        today.forEach(t -> tickets.put(t.id(), DeskTicket.of(t, messages)));
        currentId = today.stream()
                .filter(t -> t.status() == TicketStatus.CALLED && isMine(t))
                .max(Comparator.comparing((TicketView t) -> t.calledAt().orElse(Instant.EPOCH)))
                .map(TicketView::id);
    }

    /**
     * A ticket from the event stream, as it now stands. It becomes this counter's current one only
     * by a call or recall to this counter; other events just update (or end) it.
     */
    DeskTicket event(EventType type, TicketView ticket) {
        boolean call = type == EventType.TICKET_CALLED || type == EventType.TICKET_RECALLED;
        return put(ticket, call);
    }

    /** The server's answer to this desk's own action: a ticket it called here becomes current. */
    DeskTicket answer(TicketView ticket) {
        return put(ticket, true);
    }

    private DeskTicket put(TicketView ticket, boolean mayBecomeCurrent) {
        DeskTicket row = DeskTicket.of(ticket, messages);
        tickets.put(ticket.id(), row);
        boolean isCurrent = currentId.filter(id -> id == ticket.id()).isPresent();
        if (ticket.status() == TicketStatus.CALLED && isMine(ticket) && (mayBecomeCurrent || isCurrent)) {
            currentId = Optional.of(ticket.id());
        } else if (isCurrent) {
            currentId = Optional.empty();
        }
        return row;
    }

    Optional<DeskTicket> current() {
        return currentId.map(tickets::get);
    }

    /** Every ticket the desk knows of today, oldest first. */
    List<DeskTicket> all() {
        List<DeskTicket> list = new ArrayList<>(tickets.values());
        list.sort(OLDEST_FIRST);
        return list;
    }

    List<DeskTicket> withStatus(TicketStatus status) {
        return all().stream().filter(t -> t.status() == status).toList();
    }

    Optional<DeskTicket> byId(long id) {
        return Optional.ofNullable(tickets.get(id));
    }

    private boolean isMine(TicketView ticket) {
        return ticket.counterId().filter(counterId::equals).isPresent();
    }
}
