package vn.tiepdon.kiosk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.api.ReturnRequest;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;

/**
 * The server as the kiosk sees it: records check-ins and fee-paying choices and answers with what
 * the test set.
 */
final class FakeReceptionApi implements ReceptionApi {
    final java.util.Map<Long, Portrait> portraits = new java.util.concurrent.ConcurrentHashMap<>();
    final List<CheckinRequest> checkins = new ArrayList<>();
    /** Ticket statuses by {@code day/number}, for a scanned ticket QR. */
    final java.util.Map<String, vn.tiepdon.core.api.TicketStatusView> statuses = new java.util.HashMap<>();

    @Override
    public java.util.Optional<vn.tiepdon.core.api.TicketStatusView> ticketStatus(java.time.LocalDate day,
                                                                                String number) {
        return java.util.Optional.ofNullable(statuses.get(day + "/" + number));
    }
    final List<Long> feePayingChoices = new ArrayList<>();
    Function<CheckinRequest, CheckinResponse> answer;
    /** The answer to a fee-paying choice (by default: the ticket moved to queue "service"). */
    Function<Long, TicketView> feePaying = id -> { throw new IllegalStateException("no fee-paying answer set"); };
    SetupView setup = new SetupView("01999", "Bệnh viện Đa khoa Demo", List.of(), List.of());

    FakeReceptionApi(Function<CheckinRequest, CheckinResponse> answer) {
        this.answer = answer;
    }

    @Override
    public CheckinResponse checkIn(CheckinRequest request) {
        checkins.add(request);
        return answer.apply(request);
    }

    @Override
    public SetupView setup() {
        return setup;
    }

    @Override
    public TicketView chooseFeePaying(long ticketId) {
        feePayingChoices.add(ticketId);
        return feePaying.apply(ticketId);
    }

    @Override
    public Optional<CounterView> counterState(CounterVerb verb, String counterId) {
        throw new UnsupportedOperationException("not used by the kiosk");
    }

    @Override
    public TicketView call(String counterId, String number) {
        throw new UnsupportedOperationException("not used by the kiosk");
    }

    @Override
    public Optional<TicketView> transfer(long ticketId, TransferRequest request) {
        throw new UnsupportedOperationException("not used by the kiosk");
    }

    @Override
    public TicketView returnToQueue(long ticketId, ReturnRequest.Position position) {
        throw new UnsupportedOperationException("not used by the kiosk");
    }

    @Override
    public TicketView restore(long ticketId) {
        throw new UnsupportedOperationException("not used by the kiosk");
    }

    @Override
    public List<CounterView> counters() {
        throw new UnsupportedOperationException("not used by the kiosk");
    }

    @Override
    public List<TicketView> tickets(Optional<TicketStatus> status) {
        throw new UnsupportedOperationException("not used by the kiosk");
    }

    @Override
    public Optional<TicketView> counter(CounterVerb verb, String counterId) {
        throw new UnsupportedOperationException("not used by the kiosk");
    }

    @Override
    public void uploadPortrait(long ticketId, Portrait portrait) {
        portraits.put(ticketId, portrait);
    }

    @Override
    public Optional<Portrait> portrait(long ticketId) {
        return Optional.ofNullable(portraits.get(ticketId));
    }

    @Override
    public EventSubscription subscribe(long afterEventId, Consumer<ReceptionEvent> listener) {
        throw new UnsupportedOperationException("not used by the kiosk");
    }

    @Override
    public EventSubscription subscribeHall(long afterEventId, Consumer<HallEvent> listener) {
        throw new UnsupportedOperationException("not used by the kiosk");
    }

    @Override
    public TicketView override(long lookupId, vn.tiepdon.core.api.LookupOverride request) {
        throw new UnsupportedOperationException("not used by the kiosk");
    }

    @Override
    public List<vn.tiepdon.core.api.AuditEntry> lookupAudit(long lookupId) {
        throw new UnsupportedOperationException("not used by the kiosk");
    }

    @Override
    public vn.tiepdon.core.api.VisitHistoryView visitHistory(long lookupId) {
        throw new UnsupportedOperationException("the kiosk never asks the visit history");
    }
}
