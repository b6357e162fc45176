package vn.tiepdon.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.LookupStats;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.api.ReturnRequest;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;

/** The server as the desk sees it: lists and counter verbs answer with what the test set. */
final class FakeReceptionApi implements ReceptionApi {
    final java.util.Map<Long, Portrait> portraits = new java.util.concurrent.ConcurrentHashMap<>();
    final List<TicketView> tickets = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    Function<String, Optional<TicketView>> next = c -> Optional.empty();
    Function<String, Optional<TicketView>> recall = c -> Optional.empty();
    Function<String, Optional<TicketView>> skip = c -> Optional.empty();
    Function<String, Optional<TicketView>> finish = c -> Optional.empty();
    RuntimeException listFailure;
    RuntimeException portraitFailure;
    final List<Long> portraitsAsked = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public List<TicketView> tickets(Optional<TicketStatus> status) {
        if (listFailure != null) {
            throw listFailure;
        }
        return tickets.stream().filter(t -> status.map(s -> s == t.status()).orElse(true)).toList();
    }

    /** Records {@code "<verb path> <counter>"} ({@code next 1}) and answers with the verb's function. */
    /** What postpone answers (default: nothing to do). */
    Function<String, Optional<TicketView>> postpone = id -> Optional.empty();

    /** What pause and resume answer (default: the counter now paused or open). */
    java.util.function.Function<CounterVerb, Optional<CounterView>> counterAnswer =
            verb -> Optional.of(new CounterView("1", "Quầy 1", verb == CounterVerb.PAUSE));
    List<CounterView> counterList = List.of(new CounterView("1", "Quầy 1", false));

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

    @Override
    public LookupStats lookupStats(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("not used by the counter view");
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
    public Optional<CounterView> counterState(CounterVerb verb, String counterId) {
        calls.add(verb.path() + " " + counterId); return counterAnswer.apply(verb);
    }

    @Override
    public TicketView call(String counterId, String number) {
        throw new UnsupportedOperationException("not used by these desk tests");
    }

    @Override
    public Optional<TicketView> transfer(long ticketId, TransferRequest request) {
        calls.add("transfer " + ticketId); return Optional.empty();
    }

    @Override
    public TicketView returnToQueue(long ticketId, ReturnRequest.Position position) {
        throw new UnsupportedOperationException("not used by these desk tests");
    }

    @Override
    public TicketView restore(long ticketId) {
        throw new UnsupportedOperationException("not used by these desk tests");
    }

    @Override
    public TicketView chooseFeePaying(long ticketId) {
        throw new UnsupportedOperationException("not used by these desk tests");
    }

    @Override
    public List<CounterView> counters() {
        return counterList;
    }
}
