package vn.tiepdon.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.AuditEntry;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.api.ReturnRequest;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.api.VisitHistoryView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;

/**
 * The server as the desk sees it. The counter verbs answer with what the test set; the ticket
 * routes (call a number, transfer, return, restore, override) act on {@link #tickets} by the
 * server's rules and refuse as it does (UNKNOWN_TICKET, WRONG_STATE, COUNTER_PAUSED...); a
 * refusal set in {@link #refusals} for a route name is thrown instead.
 */
final class FakeReceptionApi implements ReceptionApi {
    static final Map<String, String> QUEUE_NAMES = Map.of("bhyt", "Khám BHYT", "service", "Khám dịch vụ",
            "priority", "Ưu tiên");

    final Map<Long, Portrait> portraits = new ConcurrentHashMap<>();
    final List<TicketView> tickets = new CopyOnWriteArrayList<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<LookupOverride> overrides = new CopyOnWriteArrayList<>();
    final List<AuditEntry> audit = new CopyOnWriteArrayList<>();
    /** Route name ({@code call}, {@code transfer}, {@code return}, {@code restore}, {@code override}, {@code audit}) to its refusal. */
    final Map<String, RuntimeException> refusals = new ConcurrentHashMap<>();
    Function<String, Optional<TicketView>> next = c -> Optional.empty();
    Function<String, Optional<TicketView>> recall = c -> Optional.empty();
    Function<String, Optional<TicketView>> skip = c -> Optional.empty();
    Function<String, Optional<TicketView>> finish = c -> Optional.empty();
    /** What postpone answers (default: nothing to do). */
    Function<String, Optional<TicketView>> postpone = id -> Optional.empty();
    /** The lookup class a re-run gives (accepting a card or fee-paying always ends the failure). */
    LookupClass rerunGives = LookupClass.ELIGIBLE;
    RuntimeException listFailure;
    RuntimeException portraitFailure;
    final List<Long> portraitsAsked = new CopyOnWriteArrayList<>();
    /** What the visit history answers for a lookup id (default: 404 UNKNOWN_LOOKUP). */
    volatile Function<Long, VisitHistoryView> history = id -> {
        throw refusal(404, ErrorCode.UNKNOWN_LOOKUP);
    };

    /** What pause and resume answer (default: the counter now paused or open). */
    Function<CounterVerb, Optional<CounterView>> counterAnswer =
            verb -> Optional.of(new CounterView("1", "Quầy 1", verb == CounterVerb.PAUSE));
    List<CounterView> counterList = List.of(new CounterView("1", "Quầy 1", false));

    static ApiException refusal(int status, ErrorCode code) {
        return new ApiException(status, new ApiError(code, code + " (test)", "(test)"));
    }

    @Override
    public List<TicketView> tickets(Optional<TicketStatus> status) {
        if (listFailure != null) {
            throw listFailure;
        }
        return tickets.stream().filter(t -> status.map(s -> s == t.status()).orElse(true)).toList();
    }

    /** Records {@code "<verb path> <counter>"} ({@code next 1}) and answers with the verb's function. */
    @Override
    public Optional<TicketView> counter(CounterVerb verb, String counterId) {
        calls.add(verb.path() + " " + counterId);
        Function<String, Optional<TicketView>> answer = switch (verb) {
            case NEXT -> next;
            case RECALL -> recall;
            case SKIP -> skip;
            case FINISH -> finish;
            case POSTPONE -> postpone;
            case PAUSE, RESUME -> throw new IllegalArgumentException(verb + " goes through counterState");
        };
        return answer.apply(counterId);
    }

    @Override
    public Optional<CounterView> counterState(CounterVerb verb, String counterId) {
        calls.add(verb.path() + " " + counterId);
        return counterAnswer.apply(verb);
    }

    @Override
    public List<CounterView> counters() {
        return counterList;
    }

    /** The gateway trouble the server has now ({@code GET /api/v1/gateway/notice}). */
    volatile Optional<vn.tiepdon.core.api.GatewayNotice> gatewayNow = Optional.empty();

    @Override
    public Optional<vn.tiepdon.core.api.GatewayNotice> gatewayNotice() {
        return gatewayNow;
    }

    @Override
    public TicketView call(String counterId, String number) {
        calls.add("call " + counterId + " " + number);
        refuseIfSet("call");
        if (counterList.stream().anyMatch(c -> c.id().equals(counterId) && c.paused())) {
            throw refusal(409, ErrorCode.COUNTER_PAUSED);
        }
        TicketView t = tickets.stream().filter(x -> x.number().equals(number)).findFirst()
                .orElseThrow(() -> refusal(404, ErrorCode.UNKNOWN_TICKET));
        if (t.status() != TicketStatus.WAITING) {
            throw refusal(409, ErrorCode.WRONG_STATE);
        }
        return replace(Tickets.now(t, TicketStatus.CALLED, Optional.of(counterId)));
    }

    @Override
    public Optional<TicketView> transfer(long ticketId, TransferRequest request) {
        calls.add("transfer " + ticketId + " " + request.queueId().map(q -> "queue " + q)
                .orElseGet(() -> "counter " + request.counterId().orElseThrow()) + " " + request.note());
        refuseIfSet("transfer");
        TicketView t = byId(ticketId);
        if (t.status() == TicketStatus.SERVED || t.status() == TicketStatus.SKIPPED) {
            throw refusal(409, ErrorCode.WRONG_STATE);
        }
        String queueId = request.queueId().orElse(t.queueId());
        if (t.status() == TicketStatus.WAITING && t.queueId().equals(queueId)
                && t.targetCounterId().equals(request.counterId())) {
            return Optional.empty();
        }
        return Optional.of(replace(Tickets.with(t, TicketStatus.WAITING, Optional.empty(), queueId,
                QUEUE_NAMES.getOrDefault(queueId, queueId), Optional.of(request.note()).filter(n -> !n.isBlank()),
                request.counterId())));
    }

    @Override
    public TicketView returnToQueue(long ticketId, ReturnRequest.Position position) {
        calls.add("return " + ticketId + " " + position);
        refuseIfSet("return");
        TicketView t = byId(ticketId);
        if (t.status() != TicketStatus.PARKED) {
            throw refusal(409, ErrorCode.WRONG_STATE);
        }
        return replace(Tickets.now(t, TicketStatus.WAITING, Optional.empty()));
    }

    @Override
    public TicketView restore(long ticketId) {
        calls.add("restore " + ticketId);
        refuseIfSet("restore");
        TicketView t = byId(ticketId);
        if (t.status() != TicketStatus.SKIPPED) {
            throw refusal(409, ErrorCode.WRONG_STATE);
        }
        return replace(Tickets.now(t, TicketStatus.WAITING, Optional.empty()));
    }

    @Override
    public TicketView override(long lookupId, LookupOverride request) {
        calls.add("override " + lookupId + " " + request.action());
        overrides.add(request);
        refuseIfSet("override");
        TicketView t = tickets.stream().filter(x -> x.lookup().filter(l -> l.id() == lookupId).isPresent()).findFirst()
                .orElseThrow(() -> refusal(404, ErrorCode.NOT_FOUND));
        LookupView before = t.lookup().orElseThrow();
        if (before.lookupClass().isSuccess()) {
            throw refusal(409, ErrorCode.NOTHING_TO_FIX);
        }
        LookupClass after = request.action() == LookupOverride.Action.RERUN ? rerunGives : LookupClass.ELIGIBLE;
        LookupView fixed = new LookupView(before.id(), before.at(), before.kioskId(), before.method(),
                before.documentKind(), before.maskedKey(), OutcomeKind.ANSWERED,
                Optional.of(after == LookupClass.ELIGIBLE ? "000" : "060"), after, "Mời chờ gọi số",
                "override " + request.action(), 420, before.attempts() + 1);
        TicketView answer = Tickets.withLookup(t, fixed);
        audit.add(new AuditEntry(audit.size() + 1, lookupId, Tickets.MORNING.plusSeconds(3600), "user:lan",
                request.action(), request.reason(), Optional.of(after.name())));
        return replace(answer);
    }

    @Override
    public List<AuditEntry> lookupAudit(long lookupId) {
        calls.add("audit " + lookupId);
        refuseIfSet("audit");
        return audit.stream().filter(a -> a.lookupId() == lookupId).toList();
    }

    @Override
    public VisitHistoryView visitHistory(long lookupId) {
        calls.add("history " + lookupId);
        refuseIfSet("history");
        return history.apply(lookupId);
    }

    /** What the proof of a lookup answers (default: a small PDF-looking body naming the lookup). */
    volatile Function<Long, byte[]> proof = id -> ("%PDF-1.7 proof of lookup " + id)
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Override
    public byte[] lookupProof(long lookupId) {
        calls.add("proof " + lookupId);
        refuseIfSet("proof");
        return proof.apply(lookupId);
    }

    private void refuseIfSet(String route) {
        RuntimeException r = refusals.get(route);
        if (r != null) {
            throw r;
        }
    }

    private TicketView byId(long id) {
        return tickets.stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> refusal(404, ErrorCode.UNKNOWN_TICKET));
    }

    private TicketView replace(TicketView changed) {
        List<TicketView> copy = new ArrayList<>(tickets);
        copy.replaceAll(t -> t.id() == changed.id() ? changed : t);
        tickets.clear();
        tickets.addAll(copy);
        return changed;
    }

    @Override
    public SetupView setup() {
        throw new UnsupportedOperationException("the desk gets its setup from the launcher");
    }

    @Override
    public CheckinResponse checkIn(CheckinRequest request) {
        throw new UnsupportedOperationException("not used by the desk");
    }

    @Override
    public void uploadPortrait(long ticketId, Portrait portrait) {
        portraits.put(ticketId, portrait);
    }

    @Override
    public Optional<Portrait> portrait(long ticketId) {
        portraitsAsked.add(ticketId);
        if (portraitFailure != null) {
            throw portraitFailure;
        }
        return Optional.ofNullable(portraits.get(ticketId));
    }

    /** The admin view's calls, in order: {@code lookupSuccess FROM TO}, {@code queueStats FROM TO}, {@code report ...}. */
    final List<String> statsCalls = new CopyOnWriteArrayList<>();
    /** What {@code lookupSuccess} answers (default: the method is not offered). */
    volatile java.util.function.BiFunction<LocalDate, LocalDate, vn.tiepdon.core.api.LookupSuccess> success = (f, t) -> {
        throw new UnsupportedOperationException("lookupSuccess");
    };
    /** What {@code queueStats} answers (default: the method is not offered). */
    volatile java.util.function.BiFunction<LocalDate, LocalDate, vn.tiepdon.core.api.QueueStats> queueStats = (f, t) -> {
        throw new UnsupportedOperationException("queueStats");
    };
    /** The report's bytes, or the refusal thrown instead. */
    volatile byte[] report = "STT;...".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    volatile RuntimeException reportFailure;
    /** The threads the report was asked on (never the EDT). */
    final List<String> reportThreads = new CopyOnWriteArrayList<>();

    @Override
    public vn.tiepdon.core.api.LookupSuccess lookupSuccess(LocalDate from, LocalDate to) {
        statsCalls.add("lookupSuccess " + from + " " + to);
        return success.apply(from, to);
    }

    @Override
    public vn.tiepdon.core.api.QueueStats queueStats(LocalDate from, LocalDate to) {
        statsCalls.add("queueStats " + from + " " + to);
        return queueStats.apply(from, to);
    }

    @Override
    public void failedLookupsReport(LocalDate from, LocalDate to, vn.tiepdon.core.api.ReportFormat format,
                                    boolean leaveOutSent, java.io.OutputStream out) throws java.io.IOException {
        statsCalls.add("report " + from + " " + to + " " + format + (leaveOutSent ? " leaveOutSent" : ""));
        reportThreads.add(Thread.currentThread().getName());
        out.write(report, 0, report.length / 2);
        if (reportFailure != null) {
            throw reportFailure;
        }
        out.write(report, report.length / 2, report.length - report.length / 2);
    }

    /** The "sent to BHXH" marks asked, and what they answer (or the refusal thrown instead). */
    final List<vn.tiepdon.core.api.BhxhSentRequest> sentMarks = new CopyOnWriteArrayList<>();
    volatile vn.tiepdon.core.api.BhxhSentResult sentResult = new vn.tiepdon.core.api.BhxhSentResult(0, 0, 0);
    volatile RuntimeException sentFailure;

    @Override
    public vn.tiepdon.core.api.BhxhSentResult markSentToBhxh(vn.tiepdon.core.api.BhxhSentRequest request) {
        sentMarks.add(request);
        if (sentFailure != null) {
            throw sentFailure;
        }
        return sentResult;
    }

    @Override
    public EventSubscription subscribe(long afterEventId, Consumer<ReceptionEvent> listener) {
        throw new UnsupportedOperationException("the tests pass events to the model directly");
    }

    @Override
    public EventSubscription subscribeHall(long afterEventId, Consumer<HallEvent> listener) {
        throw new UnsupportedOperationException("the desk reads the staff stream");
    }

    @Override
    public TicketView chooseFeePaying(long ticketId) {
        throw new UnsupportedOperationException("not used by these desk tests");
    }
}
