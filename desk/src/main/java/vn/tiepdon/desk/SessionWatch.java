package vn.tiepdon.desk;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.AuditEntry;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.CounterView;
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
 * The desk's {@link ReceptionApi} while a person is logged in: every call goes through, and the
 * first one the server answers with 401 (the session expired, or was ended by an admin) calls
 * {@code onEnded} once, on the caller's thread. The error is still thrown to the caller.
 */
public final class SessionWatch implements ReceptionApi {
    private final ReceptionApi api;
    private final Runnable onEnded;
    private final AtomicBoolean ended = new AtomicBoolean();

    public SessionWatch(ReceptionApi api, Runnable onEnded) {
        this.api = Objects.requireNonNull(api);
        this.onEnded = Objects.requireNonNull(onEnded);
    }

    /** True once a call was answered 401. */
    public boolean ended() {
        return ended.get();
    }

    private <T> T watch(Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            if (e.httpStatus() == 401 && ended.compareAndSet(false, true)) {
                onEnded.run();
            }
            throw e;
        }
    }

    @Override
    public SetupView setup() {
        return watch(api::setup);
    }

    @Override
    public CheckinResponse checkIn(CheckinRequest request) {
        return watch(() -> api.checkIn(request));
    }

    @Override
    public List<TicketView> tickets(Optional<TicketStatus> status) {
        return watch(() -> api.tickets(status));
    }

    @Override
    public Optional<TicketView> counter(CounterVerb verb, String counterId) {
        return watch(() -> api.counter(verb, counterId));
    }

    @Override
    public Optional<CounterView> counterState(CounterVerb verb, String counterId) {
        return watch(() -> api.counterState(verb, counterId));
    }

    @Override
    public TicketView call(String counterId, String number) {
        return watch(() -> api.call(counterId, number));
    }

    @Override
    public Optional<TicketView> transfer(long ticketId, TransferRequest request) {
        return watch(() -> api.transfer(ticketId, request));
    }

    @Override
    public TicketView returnToQueue(long ticketId, ReturnRequest.Position position) {
        return watch(() -> api.returnToQueue(ticketId, position));
    }

    @Override
    public TicketView restore(long ticketId) {
        return watch(() -> api.restore(ticketId));
    }

    @Override
    public TicketView chooseFeePaying(long ticketId) {
        return watch(() -> api.chooseFeePaying(ticketId));
    }

    @Override
    public List<CounterView> counters() {
        return watch(api::counters);
    }

    @Override
    public TicketView override(long lookupId, LookupOverride request) {
        return watch(() -> api.override(lookupId, request));
    }

    @Override
    public List<AuditEntry> lookupAudit(long lookupId) {
        return watch(() -> api.lookupAudit(lookupId));
    }

    @Override
    public VisitHistoryView visitHistory(long lookupId) {
        return watch(() -> api.visitHistory(lookupId));
    }

    @Override
    public void uploadPortrait(long ticketId, Portrait portrait) {
        watch(() -> {
            api.uploadPortrait(ticketId, portrait);
            return null;
        });
    }

    @Override
    public Optional<Portrait> portrait(long ticketId) {
        return watch(() -> api.portrait(ticketId));
    }

    @Override
    public LookupSuccess lookupSuccess(LocalDate from, LocalDate to) {
        return watch(() -> api.lookupSuccess(from, to));
    }

    @Override
    public QueueStats queueStats(LocalDate from, LocalDate to) {
        return watch(() -> api.queueStats(from, to));
    }

    @Override
    public void failedLookupsReport(LocalDate from, LocalDate to, ReportFormat format, boolean leaveOutSent,
                                    OutputStream out) throws IOException {
        try {
            api.failedLookupsReport(from, to, format, leaveOutSent, out);
        } catch (ApiException e) {
            if (e.httpStatus() == 401 && ended.compareAndSet(false, true)) {
                onEnded.run();
            }
            throw e;
        }
    }

    @Override
    public Optional<vn.tiepdon.core.api.GatewayNotice> gatewayNotice() {
        return watch(api::gatewayNotice);
    }

    @Override
    public Optional<vn.tiepdon.core.api.TicketStatusView> ticketStatus(java.time.LocalDate day, String number) {
        return watch(() -> api.ticketStatus(day, number));
    }

    @Override
    public byte[] lookupProof(long lookupId) {
        return watch(() -> api.lookupProof(lookupId));
    }

    @Override
    public vn.tiepdon.core.api.BhxhSentResult markSentToBhxh(vn.tiepdon.core.api.BhxhSentRequest request) {
        return watch(() -> api.markSentToBhxh(request));
    }

    @Override
    public EventSubscription subscribe(long afterEventId, Consumer<ReceptionEvent> listener) {
        return watch(() -> api.subscribe(afterEventId, listener));
    }

    @Override
    public EventSubscription subscribeHall(long afterEventId, Consumer<HallEvent> listener) {
        return watch(() -> api.subscribeHall(afterEventId, listener));
    }
}
