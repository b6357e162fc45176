package vn.tiepdon.server.checkin;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.queue.Ticket;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.core.text.ContractText;
import vn.tiepdon.server.HospitalSetup;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.queue.QueueService;
import vn.tiepdon.server.queue.TicketStore;
import vn.tiepdon.server.queue.TicketViews;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;

/**
 * The patient's choice after a lookup that says the BHYT card cannot be used: the ticket, issued at
 * check-in in the BHYT queue, moves to the fee-paying queue ({@code checkin.feePayingQueue}),
 * keeping its number and place in time. A kiosk may make this change only to a ticket it issued
 * itself, still waiting, within {@code checkin.kioskChoiceWindow} of issuing it; receptionists and
 * admins to any waiting ticket. The move and its {@code ticket.transferred} event are one
 * transaction; asking again once the ticket is there answers the ticket as it stands.
 */
public final class FeePayingChoice {
    private static final Logger log = LoggerFactory.getLogger(FeePayingChoice.class);
    private static final String NOTE = ContractText.vietnamese().text("note.feePayingChosen");
    private final Database db;
    private final TicketStore tickets;
    private final TicketViews views;
    private final QueueService queues;
    private final HospitalSetup setup;
    private final Clock clock;

    public FeePayingChoice(Database db, TicketStore tickets, TicketViews views, QueueService queues,
                           HospitalSetup setup, Clock clock) {
        this.db = db;
        this.tickets = tickets;
        this.views = views;
        this.queues = queues;
        this.setup = setup;
        this.clock = clock;
    }

    /**
     * Moves ticket {@code ticketId} to the fee-paying queue.
     *
     * @param kiosk  the kiosk asking (it must have issued the ticket), empty for a person
     * @param actor  who asked, for the event: {@code kiosk:kiosk-1}, {@code user:lan}
     * @throws ApiProblem {@code UNKNOWN_QUEUE} when no fee-paying queue is configured,
     *                    {@code UNKNOWN_TICKET}, {@code FORBIDDEN} (another kiosk's ticket),
     *                    {@code CHOICE_EXPIRED} (a kiosk too late), {@code WRONG_STATE} (no longer waiting)
     */
    public TicketView choose(long ticketId, Optional<String> kiosk, String actor) {
        String feePaying = setup.checkin().feePayingQueueId().orElseThrow(() -> new ApiProblem(
                ErrorCode.UNKNOWN_QUEUE, "no fee-paying queue is configured (checkin.feePayingQueue)"));
        Duration window = setup.checkin().kioskChoiceWindow();
        Moved moved = Jdbc.inTx(db, tx -> {
            Ticket t = tickets.find(tx.connection(), ticketId).orElseThrow(() -> new ApiProblem(
                    ErrorCode.UNKNOWN_TICKET, "no ticket with id " + ticketId));
            if (kiosk.isPresent() && !t.kioskId().equals(kiosk.get())) {
                throw new ApiProblem(ErrorCode.FORBIDDEN, "ticket " + t.number() + " was issued by another kiosk:"
                        + " a kiosk changes only its own tickets");
            }
            if (t.queueId().equals(feePaying)) {
                return new Moved(views.of(tx.connection(), t), false);
            }
            if (kiosk.isPresent() && Duration.between(t.issuedAt(), clock.instant()).compareTo(window) > 0) {
                throw new ApiProblem(ErrorCode.CHOICE_EXPIRED, "ticket " + t.number() + " was issued more than "
                        + window.toSeconds() + " s ago: a kiosk may change it only within that time (the desk can)");
            }
            Optional<String> note = Optional.of(NOTE);
            if (t.status() != TicketStatus.WAITING || !tickets.moveWaiting(tx.connection(), t.id(), feePaying, note)) {
                throw new ApiProblem(ErrorCode.WRONG_STATE, "ticket " + t.number() + " is " + t.status()
                        + ": only a waiting ticket moves to the fee-paying queue");
            }
            return new Moved(queues.publish(tx, EventType.TICKET_TRANSFERRED, t.movedTo(feePaying, note), actor), true);
        });
        log.info("Ticket {} {} fee-paying queue {} by {}", moved.view().number(),
                moved.changed() ? "moved to the" : "already in the", feePaying, actor);
        return moved.view();
    }

    private record Moved(TicketView view, boolean changed) {
    }
}
