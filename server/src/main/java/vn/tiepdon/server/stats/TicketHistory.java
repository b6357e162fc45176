package vn.tiepdon.server.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalLong;
import vn.tiepdon.core.event.EventType;

/**
 * Folds one ticket's events, oldest first, into its {@link TicketFacts}. Only the events that
 * matter are looked at: {@code ticket.called} (a call by {@code next} or by number),
 * {@code ticket.recalled}, {@code ticket.finished}, {@code ticket.skipped}, {@code ticket.restored};
 * transfers, postponements and returns change nothing here by themselves (the next call does).
 *
 * <ul>
 *   <li>waiting: from issue to the <em>first</em> call, wherever it was (a ticket transferred after a
 *       call keeps that first wait; the time in the second queue is not a second wait);</li>
 *   <li>service: from the <em>last</em> call or recall before the finish to the finish (the patient
 *       arrives after the last announcement; after a transfer the receiving counter's call starts it);</li>
 *   <li>no-show: the last skip is not followed by a restore, and the ticket was never finished.</li>
 * </ul>
 * A negative duration (clocks of two server instances apart) counts as 0.
 */
final class TicketHistory {
    private final String queueId;
    private final Instant issuedAt;
    private final int hour;
    private Optional<String> counterId;
    private Instant firstCall;
    private Instant lastCall;
    private Instant finishedAt;
    private boolean skipped;

    /**
     * @param counterId the ticket row's counter (the one that last called it) when it has one
     */
    TicketHistory(String queueId, Instant issuedAt, ZoneId zone, Optional<String> counterId) {
        this.queueId = queueId;
        this.issuedAt = issuedAt;
        this.hour = issuedAt.atZone(zone).getHour();
        this.counterId = counterId;
    }

    /**
     * One event of the ticket, in id order.
     *
     * @param caller for a call: the counter that called, when the ticket row no longer says it
     *               (transferred, returned or restored since); else empty
     */
    void add(EventType type, Instant at, Optional<String> caller) {
        switch (type) {
            case TICKET_CALLED -> {
                if (firstCall == null) {
                    firstCall = at;
                }
                lastCall = at;
                caller.ifPresent(c -> counterId = Optional.of(c));
            }
            case TICKET_RECALLED -> lastCall = at;
            case TICKET_FINISHED -> finishedAt = at;
            case TICKET_SKIPPED -> skipped = true;
            case TICKET_RESTORED -> skipped = false;
            default -> {
                // other events change none of the figures
            }
        }
    }

    TicketFacts facts() {
        TicketFacts.Outcome outcome = finishedAt != null ? TicketFacts.Outcome.SERVED
                : skipped ? TicketFacts.Outcome.NO_SHOW : TicketFacts.Outcome.NOT_SERVED;
        OptionalLong waiting = firstCall == null ? OptionalLong.empty() : OptionalLong.of(seconds(issuedAt, firstCall));
        OptionalLong service = finishedAt == null || lastCall == null ? OptionalLong.empty()
                : OptionalLong.of(seconds(lastCall, finishedAt));
        return new TicketFacts(queueId, hour, firstCall == null ? Optional.empty() : counterId, outcome, waiting,
                service);
    }

    private static long seconds(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).getSeconds());
    }
}
