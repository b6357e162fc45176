package vn.tiepdon.client;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.tiepdon.core.api.AuditEntry;
import vn.tiepdon.core.api.BhxhSentRequest;
import vn.tiepdon.core.api.BhxhSentResult;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.api.GatewayNotice;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.core.api.ReportFormat;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.api.ReturnRequest;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.api.VisitHistoryView;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;

/**
 * The reception server as kiosk, desk and display see it. Every call may throw
 * {@link ApiException} (server unreachable, or an error answer with its {@code ApiError}: 401 with
 * no valid token, 403 for a role that may not make the call).
 */
public interface ReceptionApi {

    /** {@code GET /api/v1/setup} */
    SetupView setup();

    /** {@code POST /api/v1/checkins}: always returns a ticket when the code was recognised. */
    CheckinResponse checkIn(CheckinRequest request);

    /** {@code GET /api/v1/tickets[?status=]}: today's tickets, oldest first. */
    List<TicketView> tickets(Optional<TicketStatus> status);

    /**
     * {@code POST /api/v1/counters/{id}/{verb}} for a verb about tickets: the ticket the verb
     * changed, empty when there was nothing to do (nobody waiting, no current ticket).
     *
     * @throws IllegalArgumentException for {@link CounterVerb#aboutCounter()} verbs: use {@link #counterState}
     */
    Optional<TicketView> counter(CounterVerb verb, String counterId);

    /**
     * {@code POST /api/v1/counters/{id}/pause|resume}: the counter as it now is, empty when it
     * already was so.
     */
    Optional<CounterView> counterState(CounterVerb verb, String counterId);

    /** {@code POST /api/v1/counters/{id}/call}: calls a chosen waiting ticket by its number. */
    TicketView call(String counterId, String number);

    /** {@code POST /api/v1/tickets/{id}/transfer}: empty when it already was there. */
    Optional<TicketView> transfer(long ticketId, TransferRequest request);

    /**
     * {@code POST /api/v1/tickets/{id}/fee-paying}: the patient chose fee-paying after a lookup that
     * says the BHYT card cannot be used; the ticket (its number unchanged) as it now stands, in the
     * fee-paying queue. A kiosk may ask only for a ticket it issued, soon after (409
     * {@code CHOICE_EXPIRED} after that).
     */
    TicketView chooseFeePaying(long ticketId);

    /** {@code POST /api/v1/tickets/{id}/return}: a parked ticket back to its queue. */
    TicketView returnToQueue(long ticketId, ReturnRequest.Position position);

    /** {@code POST /api/v1/tickets/{id}/restore}: a skipped ticket back to its queue. */
    TicketView restore(long ticketId);

    /** {@code GET /api/v1/counters}: every counter, open or paused. */
    List<CounterView> counters();

    /**
     * {@code PUT /api/v1/tickets/{id}/portrait} (body: the image, Content-Type image/jpeg or
     * image/jp2): the kiosk hands over the chip portrait after printing the ticket.
     */
    void uploadPortrait(long ticketId, Portrait portrait);

    /** {@code GET /api/v1/tickets/{id}/portrait}: empty when the ticket has none (404). */
    Optional<Portrait> portrait(long ticketId);

    /**
     * {@code POST /api/v1/lookups/{id}/override}: a receptionist fixes a failed lookup (re-run with
     * corrected values, accept a paper card or the VssID screen, mark fee-paying), with a reason.
     * Returns the ticket as it now stands (after a re-run, with the new lookup). Refused with
     * {@code REASON_REQUIRED}, {@code BAD_REQUEST} (a malformed value, named), {@code UNKNOWN_LOOKUP},
     * {@code NOTHING_TO_FIX} (succeeded, already settled, or re-run: fix the newer lookup).
     */
    TicketView override(long lookupId, LookupOverride request);

    /**
     * {@code GET /api/v1/lookups/{id}/audit}: every override of the lookup and of the other lookups
     * of its check-in (its re-runs), oldest first.
     */
    List<AuditEntry> lookupAudit(long lookupId);

    /**
     * {@code GET /api/v1/lookups/{id}/history}: the patient's BHYT visit history from the gateway
     * ({@code Lskcb2025}), asked with the lookup's card number, name and birth date (receptionists
     * and admins). It may take half a minute; the gateway's trouble is an answer
     * ({@link VisitHistoryView#outcome()}, {@code code}), not an exception. Refused with
     * {@code UNKNOWN_LOOKUP}.
     */
    VisitHistoryView visitHistory(long lookupId);

    /**
     * {@code GET /api/v1/stats/lookups?from=&to=} (admins): lookup success over the service days
     * {@code from}..{@code to}, both included. Refused with {@code BAD_REQUEST} for a malformed
     * date or {@code from} after {@code to}.
     */
    default LookupSuccess lookupSuccess(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("lookupSuccess");
    }

    /**
     * {@code GET /api/v1/stats/queues?from=&to=} (admins): tickets, waits, service times and
     * no-shows over the service days {@code from}..{@code to}, both included.
     */
    default QueueStats queueStats(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("queueStats");
    }

    /**
     * {@code GET /api/v1/reports/failed-lookups?from=&to=&format=xlsx|csv[&leaveOutSent=true]}
     * (admins): the failed-lookup report for BHXH, written to {@code out}; {@code leaveOutSent}
     * leaves out the rows already marked sent to BHXH. Refused with {@code BAD_REQUEST} for a
     * malformed range, {@code from} after {@code to}, or more than 366 days.
     */
    default void failedLookupsReport(LocalDate from, LocalDate to, ReportFormat format, boolean leaveOutSent,
                                     OutputStream out) throws IOException {
        throw new UnsupportedOperationException("failedLookupsReport");
    }

    /**
     * {@code GET /api/v1/lookups/{id}/proof} (receptionists, admins): the proof of a failed lookup
     * (QĐ 2555/QĐ-BYT) as the bytes of a one-page PDF. Refused with {@code UNKNOWN_LOOKUP}, and with
     * {@code NOTHING_TO_PROVE} for a lookup the gateway answered (eligible or not eligible).
     */
    default byte[] lookupProof(long lookupId) {
        throw new UnsupportedOperationException("lookupProof");
    }

    /**
     * {@code POST /api/v1/reports/failed-lookups/sent} (admins): marks failed lookups "đã gửi BHXH"
     * on a date (every one of a range not marked yet, or the ones named); a lookup marked before
     * keeps its first date. Refused with {@code BAD_REQUEST} for a malformed request.
     */
    default BhxhSentResult markSentToBhxh(BhxhSentRequest request) {
        throw new UnsupportedOperationException("markSentToBhxh");
    }

    /**
     * {@code GET /api/v1/gateway/notice} (receptionists, admins): the gateway trouble in progress
     * (calls stopped, or an outage) as the event that began it told it; empty when there is none.
     */
    default Optional<GatewayNotice> gatewayNotice() {
        throw new UnsupportedOperationException("gatewayNotice");
    }

    /**
     * {@code GET /api/v1/ticket-status/{day}/{number}} (kiosks, receptionists, admins): where one
     * ticket stands, without personal data; empty when the day has no such ticket.
     */
    default Optional<vn.tiepdon.core.api.TicketStatusView> ticketStatus(LocalDate day, String number) {
        throw new UnsupportedOperationException("ticketStatus");
    }

    /**
     * {@code GET /api/v1/events} (server-sent events, staff). Delivers every event after
     * {@code afterEventId} (0: only new ones) and reconnects by itself with Last-Event-ID until
     * closed. The listener is called on a background thread, in event-id order, never twice for
     * one id.
     */
    EventSubscription subscribe(long afterEventId, Consumer<ReceptionEvent> listener);

    /** {@code GET /api/v1/events/hall}: as {@link #subscribe}, the hall's events without names. */
    EventSubscription subscribeHall(long afterEventId, Consumer<HallEvent> listener);

    /** A running event subscription. */
    interface EventSubscription extends AutoCloseable {
        /** True while connected to the server (false while reconnecting). */
        boolean connected();

        @Override
        void close();
    }
}
