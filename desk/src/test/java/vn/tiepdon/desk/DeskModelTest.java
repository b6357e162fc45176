package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;

class DeskModelTest {
    private final FakeReceptionApi api = new FakeReceptionApi();
    private final DeskModel model = new DeskModel(api, "1");
    private final TicketView a1 = Tickets.waiting(1, "A001", "Nguyễn Văn An", LookupClass.ELIGIBLE);
    private final TicketView a2 = Tickets.waiting(2, "A002", "Trần Thị Bình", LookupClass.FIXABLE_DATA_ERROR);
    private final TicketView a3 = Tickets.waiting(3, "A003", "Lê Văn Cường", LookupClass.ELIGIBLE_WITH_WARNING);

    private List<String> waitingNumbers() {
        return model.snapshot().waiting().stream().map(DeskTicket::number).toList();
    }

    private Optional<String> currentNumber() {
        return model.snapshot().current().map(DeskTicket::number);
    }

    @Test
    void refreshLoadsWaitingTicketsOldestFirstAndThisCountersCurrentTicket() {
        api.tickets.addAll(List.of(a3, a1, Tickets.called(a2, "1"),
                Tickets.called(Tickets.waiting(4, "A004", "Phạm D", LookupClass.ELIGIBLE), "2")));

        DeskOutcome outcome = model.refresh();

        assertThat(outcome).isInstanceOf(DeskOutcome.Done.class);
        assertThat(waitingNumbers()).containsExactly("A001", "A003");
        assertThat(currentNumber()).contains("A002");
    }

    @Test
    void callNextMakesTheTicketCurrentAndTakesItOffTheWaitingList() {
        api.tickets.addAll(List.of(a1, a2));
        model.refresh();
        api.next = c -> Optional.of(Tickets.called(a1, c));

        DeskOutcome outcome = model.act(CounterVerb.NEXT);

        assertThat(api.calls).containsExactly("next 1");
        assertThat(outcome).isInstanceOfSatisfying(DeskOutcome.Done.class,
                d -> assertThat(d.message()).isEqualTo("Mời số A001"));
        assertThat(currentNumber()).contains("A001");
        assertThat(waitingNumbers()).containsExactly("A002");
    }

    @Test
    void callNextWithNobodyWaitingSaysSoAndKeepsTheCurrentTicket() {
        api.next = c -> Optional.of(Tickets.called(a1, c));
        model.act(CounterVerb.NEXT);
        api.next = c -> Optional.empty();

        DeskOutcome outcome = model.act(CounterVerb.NEXT);

        assertThat(outcome).isInstanceOfSatisfying(DeskOutcome.NothingToDo.class,
                n -> assertThat(n.message()).isEqualTo("Không còn ai chờ cho quầy này"));
        assertThat(currentNumber()).contains("A001");
    }

    @Test
    void recallKeepsTheTicketCurrent() {
        api.next = c -> Optional.of(Tickets.called(a1, c));
        api.recall = c -> Optional.of(Tickets.called(a1, c));
        model.act(CounterVerb.NEXT);

        DeskOutcome outcome = model.act(CounterVerb.RECALL);

        assertThat(outcome.message()).isEqualTo("Đã gọi lại số A001");
        assertThat(currentNumber()).contains("A001");
    }

    @Test
    void skipAndFinishEndTheCurrentTicket() {
        api.next = c -> Optional.of(Tickets.called(a1, c));
        api.skip = c -> Optional.of(Tickets.withStatus(a1, TicketStatus.SKIPPED, Optional.of(c)));
        model.act(CounterVerb.NEXT);
        assertThat(model.act(CounterVerb.SKIP).message()).isEqualTo("Đã bỏ qua số A001 (vắng mặt)");
        assertThat(currentNumber()).isEmpty();

        api.next = c -> Optional.of(Tickets.called(a2, c));
        api.finish = c -> Optional.of(Tickets.withStatus(a2, TicketStatus.SERVED, Optional.of(c)));
        model.act(CounterVerb.NEXT);
        assertThat(model.act(CounterVerb.FINISH).message()).isEqualTo("Đã xong số A002");
        assertThat(currentNumber()).isEmpty();
    }

    @Test
    void actionsOnTheCurrentTicketAreOnlyOfferedWhenThereIsOne() {
        assertThat(model.snapshot().canActOnCurrent()).isFalse();
        assertThat(model.act(CounterVerb.RECALL)).isInstanceOf(DeskOutcome.NothingToDo.class);

        api.next = c -> Optional.of(Tickets.called(a1, c));
        model.act(CounterVerb.NEXT);
        assertThat(model.snapshot().canActOnCurrent()).isTrue();
    }

    @Test
    void issuedEventAddsATicketAndACallElsewhereRemovesIt() {
        model.onEvent(Tickets.event(10, EventType.TICKET_ISSUED, a1));
        model.onEvent(Tickets.event(11, EventType.TICKET_ISSUED, a2));
        assertThat(waitingNumbers()).containsExactly("A001", "A002");

        model.onEvent(Tickets.event(12, EventType.TICKET_CALLED, Tickets.called(a1, "2")));

        assertThat(waitingNumbers()).containsExactly("A002");
        assertThat(currentNumber()).isEmpty();
    }

    @Test
    void callToThisCounterFromTheEventStreamBecomesCurrentAndFinishedEventEndsIt() {
        model.onEvent(Tickets.event(10, EventType.TICKET_ISSUED, a1));
        model.onEvent(Tickets.event(11, EventType.TICKET_CALLED, Tickets.called(a1, "1")));
        assertThat(currentNumber()).contains("A001");

        model.onEvent(Tickets.event(12, EventType.TICKET_FINISHED,
                Tickets.withStatus(a1, TicketStatus.SERVED, Optional.of("1"))));
        assertThat(currentNumber()).isEmpty();
        assertThat(waitingNumbers()).isEmpty();
    }

    @Test
    void lookupEventForAnEarlierCalledTicketDoesNotTakeOverTheCurrentOne() {
        api.next = c -> Optional.of(Tickets.called(a2, c));
        model.act(CounterVerb.NEXT);

        model.onEvent(Tickets.event(20, EventType.LOOKUP_COMPLETED, Tickets.called(a1, "1")));

        assertThat(currentNumber()).contains("A002");
    }

    @Test
    void lookupCompletedEventUpdatesTheWaitingRowInPlace() {
        model.onEvent(Tickets.event(10, EventType.TICKET_ISSUED, a2));
        assertThat(model.snapshot().waiting().get(0).needsAttention()).isTrue();

        TicketView fixed = Tickets.waiting(2, "A002", "Trần Thị Bình", LookupClass.ELIGIBLE);
        model.onEvent(Tickets.event(11, EventType.LOOKUP_COMPLETED, fixed));

        assertThat(model.snapshot().waiting()).singleElement().satisfies(t -> {
            assertThat(t.lookup().category()).isEqualTo(LookupCategory.OK);
            assertThat(t.needsAttention()).isFalse();
        });
    }

    @Test
    void failedLookupIsFlaggedWithLabelAndStaffMessage() {
        api.tickets.addAll(List.of(a1, a2, a3));
        model.refresh();

        DeskSnapshot s = model.snapshot();

        assertThat(s.needingAttention()).isEqualTo(1);
        DeskTicket failed = s.waiting().get(1);
        assertThat(failed.number()).isEqualTo("A002");
        assertThat(failed.who()).isEqualTo("Trần Thị Bình");
        assertThat(failed.needsAttention()).isTrue();
        assertThat(failed.lookup().category()).isEqualTo(LookupCategory.FAILED);
        assertThat(failed.lookup().label()).isEqualTo("Sai thông tin — cần sửa");
        // the desk's own text for code 060, whatever text the server sent
        assertThat(failed.lookup().staffMessage()).startsWith("Mã 060: sai họ tên");
        assertThat(failed.lookup().details()).contains("0790*****678", "060");
        assertThat(s.waiting().get(2).lookup().category()).isEqualTo(LookupCategory.WARNING);
    }

    @ParameterizedTest
    @EnumSource(LookupClass.class)
    void everyUnsuccessfulLookupNeedsAttention(LookupClass lookupClass) {
        model.onEvent(Tickets.event(1, EventType.TICKET_ISSUED, Tickets.waiting(1, "A001", "X", lookupClass)));

        DeskTicket row = model.snapshot().waiting().get(0);
        assertThat(row.needsAttention()).isEqualTo(!lookupClass.isSuccess());
        assertThat(row.lookup().label()).doesNotStartWith("lookup.");
    }

    @Test
    void ticketWithoutLookupOrNameIsShownAsSuch() {
        TicketView bare = new TicketView(5, "B001", "service", "Khám dịch vụ", TicketStatus.WAITING,
                Tickets.MORNING, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        model.onEvent(Tickets.event(1, EventType.TICKET_ISSUED, bare));

        DeskTicket row = model.snapshot().waiting().get(0);
        assertThat(row.who()).isEqualTo("(chưa có tên)");
        assertThat(row.lookup().category()).isEqualTo(LookupCategory.NONE);
        assertThat(row.needsAttention()).isFalse();
    }

    @Test
    void unreachableServerFailsTheActionAndChangesNothing() {
        model.onEvent(Tickets.event(1, EventType.TICKET_ISSUED, a1));
        api.next = c -> {
            throw new ApiException("connect refused", new java.net.ConnectException());
        };

        DeskOutcome outcome = model.act(CounterVerb.NEXT);

        assertThat(outcome).isInstanceOfSatisfying(DeskOutcome.Failed.class,
                f -> assertThat(f.message()).isEqualTo("Không kết nối được máy chủ. Vui lòng thử lại."));
        assertThat(waitingNumbers()).containsExactly("A001");
        assertThat(model.snapshot().lastOutcome()).contains(outcome);
        assertThat(model.snapshot().busy()).isFalse();
    }

    @Test
    void serverRefusalShowsItsCodeAndTheDesksTextForIt() {
        api.next = c -> {
            throw new ApiException(404, new ApiError(ErrorCode.UNKNOWN_COUNTER, "no counter 1", "Không có quầy này"));
        };

        assertThat(model.act(CounterVerb.NEXT).message())
                .isEqualTo("Máy chủ báo lỗi UNKNOWN_COUNTER: Quầy không tồn tại.");
    }

    @Test
    void failedRefreshKeepsTheListItHad() {
        model.onEvent(Tickets.event(1, EventType.TICKET_ISSUED, a1));
        api.listFailure = new ApiException("timeout", new java.net.SocketTimeoutException());

        assertThat(model.refresh()).isInstanceOf(DeskOutcome.Failed.class);
        assertThat(waitingNumbers()).containsExactly("A001");
    }

    @Test
    void secondPressWhileAnActionIsUnderWayIsIgnored() {
        List<DeskOutcome> nested = new ArrayList<>();
        List<Boolean> busyDuringCall = new ArrayList<>();
        api.next = c -> {
            busyDuringCall.add(model.snapshot().busy());
            nested.add(model.act(CounterVerb.NEXT));
            return Optional.of(Tickets.called(a1, c));
        };

        model.act(CounterVerb.NEXT);

        assertThat(api.calls).containsExactly("next 1");
        assertThat(nested).singleElement().isInstanceOf(DeskOutcome.Ignored.class);
        assertThat(busyDuringCall).containsExactly(true);
        assertThat(model.snapshot().canCallNext()).isTrue();
    }

    @Test
    void listenersReceiveEachChangeAndTheConnectionState() {
        List<DeskSnapshot> seen = new ArrayList<>();
        model.addListener(seen::add);

        model.onEvent(Tickets.event(1, EventType.TICKET_ISSUED, a1));
        model.connectionChanged(false);
        model.connectionChanged(false);

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0).waiting()).hasSize(1);
        assertThat(seen.get(1).connected()).isFalse();
    }
}
