package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.ReturnRequest;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;

/**
 * The desk's actions on a chosen ticket against the fake server: call a typed number, transfer,
 * return a parked ticket, bring back a skipped one, pause; the lists they feed; and every refusal
 * leaves the desk as it was, with the reason in the status line.
 */
class DeskActionsTest {
    private final FakeReceptionApi api = new FakeReceptionApi();
    private final DeskModel model = new DeskModel(api, "1");
    private final TicketView a1 = Tickets.waiting(1, "A001", "Nguyễn Văn An", LookupClass.ELIGIBLE);
    private final TicketView a2 = Tickets.waiting(2, "A002", "Trần Thị Bình", LookupClass.FIXABLE_DATA_ERROR);
    private final TicketView a3 = Tickets.waiting(3, "A003", "Lê Văn Cường", LookupClass.ELIGIBLE);

    private List<String> waitingNumbers() {
        return model.snapshot().waiting().stream().map(DeskTicket::number).toList();
    }

    private Optional<String> currentNumber() {
        return model.snapshot().current().map(DeskTicket::number);
    }

    private DeskTicket row(long id) {
        return model.snapshot().ticket(id).orElseThrow();
    }

    private String status() {
        return model.snapshot().lastOutcome().map(DeskOutcome::message).orElse("");
    }

    @Test
    void theStatusLineSaysTheListWasLoadedNotHowManyItHadThen() {
        model.refresh();
        for (int i = 1; i <= 6; i++) {
            model.onEvent(Tickets.event(i, EventType.TICKET_ISSUED,
                    Tickets.waiting(i, "A00" + i, "Người bệnh " + i, LookupClass.ELIGIBLE)));
        }

        // the old desk kept "Đã tải danh sách chờ: 0 số" from the load while 6 tickets were listed
        assertThat(status()).isEqualTo("Đã tải các danh sách hôm nay").doesNotContainPattern("\\d");
        assertThat(model.snapshot().waiting()).hasSize(6);
    }

    @Test
    void refreshLoadsWhetherThisCounterIsPaused() {
        api.counterList = List.of(new CounterView("1", "Quầy 1", true), new CounterView("2", "Quầy 2", false));

        model.refresh();

        assertThat(model.snapshot().paused()).isTrue();
        assertThat(model.snapshot().canCallNext()).isFalse();
        assertThat(model.snapshot().canResume()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"A002, A002", "a2, A002", "a 002, A002", "A-2, A002", "u15, U015", "A1234, A1234"})
    void callsATypedNumberAsTheServerWritesIt(String typed, String sent) {
        api.tickets.addAll(List.of(a1, a2, Tickets.inQueue(Tickets.waiting(15, "U015", "Cụ Tư", LookupClass.ELIGIBLE),
                "priority", "Ưu tiên"), Tickets.waiting(1234, "A1234", "Người 1234", LookupClass.ELIGIBLE)));
        model.refresh();

        DeskOutcome outcome = model.call(typed);

        assertThat(api.calls).containsExactly("call 1 " + sent);
        assertThat(outcome).isInstanceOf(DeskOutcome.Done.class);
        assertThat(outcome.message()).isEqualTo("Mời số " + sent);
        assertThat(currentNumber()).contains(sent);
        assertThat(waitingNumbers()).doesNotContain(sent);
    }

    @ParameterizedTest
    @CsvSource(value = {"12|“12” không phải số phiếu: gõ chữ của hàng đợi và số thứ tự, ví dụ A012",
        "A0|“A0” không phải số phiếu: gõ chữ của hàng đợi và số thứ tự, ví dụ A012",
        "ABC12|“ABC12” không phải số phiếu: gõ chữ của hàng đợi và số thứ tự, ví dụ A012",
        "'  '|Gõ số phiếu cần gọi, ví dụ A012"}, delimiter = '|')
    void refusesWhatIsNotATicketNumberWithoutAskingTheServer(String typed, String message) {
        api.tickets.add(a1);
        model.refresh();

        DeskOutcome outcome = model.call(typed);

        assertThat(outcome).isInstanceOf(DeskOutcome.Failed.class);
        assertThat(outcome.message()).isEqualTo(message);
        assertThat(api.calls).isEmpty();
        assertThat(waitingNumbers()).containsExactly("A001");
    }

    @Test
    void callingANumberCalledElsewhereIsRefusedAndChangesNothing() {
        api.tickets.addAll(List.of(a1, Tickets.called(a2, "2")));
        model.refresh();
        api.next = c -> Optional.of(api.call(c, "A001"));
        model.act(CounterVerb.NEXT);

        DeskOutcome outcome = model.call("A002");

        assertThat(outcome.message())
                .isEqualTo("Máy chủ báo lỗi WRONG_STATE: Phiếu này không ở trạng thái cho thao tác đó.");
        assertThat(currentNumber()).contains("A001");
        assertThat(row(2).status()).isEqualTo(TicketStatus.CALLED);
        assertThat(model.snapshot().busy()).isFalse();
    }

    @Test
    void callingAnUnknownNumberSaysSo() {
        model.refresh();

        assertThat(model.call("A099").message()).isEqualTo("Máy chủ báo lỗi UNKNOWN_TICKET: Không tìm thấy phiếu.");
    }

    @Test
    void callingAtAPausedCounterIsRefusedWithTheDesksText() {
        api.tickets.add(a1);
        api.counterList = List.of(new CounterView("1", "Quầy 1", true));
        model.refresh();

        DeskOutcome outcome = model.call("A001");

        assertThat(outcome.message())
                .isEqualTo("Máy chủ báo lỗi COUNTER_PAUSED: Quầy đang tạm nghỉ. Mở lại quầy để gọi số.");
        assertThat(waitingNumbers()).containsExactly("A001");
        assertThat(currentNumber()).isEmpty();
    }

    @Test
    void callNextAtAPausedCounterShowsTheRefusalInEnglishOnAnEnglishDesk() {
        DeskModel english = new DeskModel(api, "1", new DeskMessages(java.util.Locale.ENGLISH));
        api.next = c -> {
            throw FakeReceptionApi.refusal(409, ErrorCode.COUNTER_PAUSED);
        };

        DeskOutcome outcome = english.act(CounterVerb.NEXT);

        assertThat(outcome).isInstanceOf(DeskOutcome.Failed.class);
        assertThat(outcome.message()).isEqualTo("The server reported COUNTER_PAUSED: "
                + new DeskMessages(java.util.Locale.ENGLISH).contract().error(ErrorCode.COUNTER_PAUSED));
    }

    @Test
    void transferringTheCurrentTicketToAnotherQueueEndsItHereAndListsItThere() {
        api.tickets.addAll(List.of(a1, a2));
        model.refresh();
        model.call("A001");

        DeskOutcome outcome = model.transfer(model.snapshot().current().orElseThrow(),
                TransferRequest.toQueue("service", "Muốn khám dịch vụ"), "Khám dịch vụ");

        assertThat(api.calls).contains("transfer 1 queue service Muốn khám dịch vụ");
        assertThat(outcome.message()).isEqualTo("Đã chuyển số A001 sang Khám dịch vụ");
        assertThat(currentNumber()).isEmpty();
        assertThat(row(1).ticket().queueName()).isEqualTo("Khám dịch vụ");
        assertThat(row(1).note()).contains("Muốn khám dịch vụ");
        assertThat(waitingNumbers()).containsExactly("A001", "A002");
    }

    @Test
    void aTicketTransferredToACounterShowsItsNoteThereAndIsCalledThere() {
        DeskModel counter2 = new DeskModel(api, "2");
        api.tickets.addAll(List.of(a1, a2));
        model.refresh();
        counter2.refresh();

        model.transfer(row(2), TransferRequest.toCounter("2", "Đã xem thẻ giấy, gọi ngay"), "Quầy 2");
        TicketView moved = api.tickets.stream().filter(t -> t.id() == 2).findFirst().orElseThrow();
        counter2.onEvent(Tickets.event(30, EventType.TICKET_TRANSFERRED, moved));

        DeskTicket there = counter2.snapshot().ticket(2).orElseThrow();
        assertThat(there.reservedFor("2")).isTrue();
        assertThat(there.note()).contains("Đã xem thẻ giấy, gọi ngay");
        counter2.call("A002");
        assertThat(counter2.snapshot().current()).map(DeskTicket::note).contains(Optional.of("Đã xem thẻ giấy, gọi ngay"));
    }

    @Test
    void transferringWhereTheTicketAlreadyIsChangesNothing() {
        api.tickets.add(a1);
        model.refresh();

        DeskOutcome outcome = model.transfer(row(1), TransferRequest.toQueue("bhyt", ""), "Khám BHYT");

        assertThat(outcome).isInstanceOf(DeskOutcome.NothingToDo.class);
        assertThat(outcome.message()).isEqualTo("Số A001 đã ở Khám BHYT rồi");
    }

    @Test
    void transferringAServedTicketIsRefused() {
        api.tickets.add(Tickets.now(a1, TicketStatus.SERVED, Optional.of("1")));
        model.refresh();

        DeskOutcome outcome = model.transfer(row(1), TransferRequest.toQueue("service", ""), "Khám dịch vụ");

        assertThat(outcome.message()).startsWith("Máy chủ báo lỗi WRONG_STATE");
        assertThat(row(1).status()).isEqualTo(TicketStatus.SERVED);
    }

    @Test
    void postponedTicketIsListedAsParkedHereAndReturnsToTheFront() {
        api.tickets.addAll(List.of(a1, a2));
        model.refresh();
        model.call("A001");
        api.postpone = c -> Optional.of(Tickets.now(a1, TicketStatus.PARKED, Optional.of(c)));
        model.act(CounterVerb.POSTPONE);
        api.tickets.replaceAll(t -> t.id() == 1 ? Tickets.now(a1, TicketStatus.PARKED, Optional.of("1")) : t);

        assertThat(model.snapshot().parked(false)).extracting(DeskTicket::number).containsExactly("A001");
        assertThat(currentNumber()).isEmpty();

        DeskOutcome outcome = model.returnToQueue(row(1), ReturnRequest.Position.FRONT);

        assertThat(api.calls).contains("return 1 FRONT");
        assertThat(outcome.message()).isEqualTo("Số A001 đã về đầu hàng đợi Khám BHYT: sẽ được gọi tiếp theo");
        assertThat(model.snapshot().parked(true)).isEmpty();
        assertThat(waitingNumbers()).containsExactly("A001", "A002");
    }

    @Test
    void returningAtItsPlaceSaysSo() {
        api.tickets.add(Tickets.now(a3, TicketStatus.PARKED, Optional.of("1")));
        model.refresh();

        assertThat(model.returnToQueue(row(3), ReturnRequest.Position.PLACE).message())
                .isEqualTo("Số A003 đã về hàng đợi Khám BHYT, đúng vị trí theo số");
        assertThat(waitingNumbers()).containsExactly("A003");
    }

    @Test
    void returningATicketThatIsNoLongerParkedIsRefusedAndTheListStays() {
        api.tickets.add(Tickets.now(a1, TicketStatus.PARKED, Optional.of("1")));
        model.refresh();
        DeskTicket parked = row(1);
        api.tickets.replaceAll(t -> Tickets.now(a1, TicketStatus.WAITING, Optional.empty()));

        DeskOutcome outcome = model.returnToQueue(parked, ReturnRequest.Position.PLACE);

        assertThat(outcome.message())
                .isEqualTo("Máy chủ báo lỗi WRONG_STATE: Phiếu này không ở trạng thái cho thao tác đó.");
        assertThat(model.snapshot().parked(false)).extracting(DeskTicket::number).containsExactly("A001");
    }

    @Test
    void parkedListIsThisCountersOrEveryCounters() {
        api.tickets.addAll(List.of(Tickets.now(a1, TicketStatus.PARKED, Optional.of("1")),
                Tickets.now(a2, TicketStatus.PARKED, Optional.of("2"))));
        model.refresh();

        assertThat(model.snapshot().parked(false)).extracting(DeskTicket::number).containsExactly("A001");
        assertThat(model.snapshot().parked(true)).extracting(DeskTicket::number).containsExactly("A001", "A002");
    }

    @Test
    void skippedTicketsOfTodayAreListedAndBroughtBack() {
        api.tickets.addAll(List.of(a1, Tickets.now(a2, TicketStatus.SKIPPED, Optional.of("2"))));
        model.refresh();
        assertThat(model.snapshot().skipped()).extracting(DeskTicket::number).containsExactly("A002");

        DeskOutcome outcome = model.restore(row(2));

        assertThat(outcome.message()).isEqualTo("Số A002 đã trở lại hàng đợi Khám BHYT");
        assertThat(model.snapshot().skipped()).isEmpty();
        assertThat(waitingNumbers()).containsExactly("A001", "A002");
    }

    @Test
    void bringingBackATicketThatWasNotSkippedIsRefused() {
        api.tickets.add(a1);
        model.refresh();

        assertThat(model.restore(row(1)).message()).startsWith("Máy chủ báo lỗi WRONG_STATE");
        assertThat(waitingNumbers()).containsExactly("A001");
    }

    @Test
    void skipFromTheCounterMovesTheCurrentTicketToTheSkippedList() {
        api.tickets.add(a1);
        model.refresh();
        model.call("A001");
        api.skip = c -> Optional.of(Tickets.now(a1, TicketStatus.SKIPPED, Optional.of(c)));

        model.act(CounterVerb.SKIP);

        assertThat(model.snapshot().skipped()).extracting(DeskTicket::number).containsExactly("A001");
        assertThat(currentNumber()).isEmpty();
    }

    @Test
    void pauseAndResumeShowTheCounterStateAndTheCountersName() {
        assertThat(model.act(CounterVerb.PAUSE).message()).isEqualTo("Quầy 1 đã tạm nghỉ: không gọi số mới");
        assertThat(model.snapshot().paused()).isTrue();
        assertThat(model.snapshot().canCallNext()).isFalse();

        assertThat(model.act(CounterVerb.RESUME).message()).isEqualTo("Quầy 1 đã mở lại");
        assertThat(model.snapshot().paused()).isFalse();
    }

    @Test
    void aPauseFromAnotherDeskOfTheSameCounterArrivesAsAnEvent() {
        model.onEvent(new ReceptionEvent(5, EventType.COUNTER_PAUSED, Tickets.MORNING, Optional.empty(),
                Optional.of(new CounterView("1", "Quầy 1", true))));
        assertThat(model.snapshot().paused()).isTrue();

        model.onEvent(new ReceptionEvent(6, EventType.COUNTER_PAUSED, Tickets.MORNING, Optional.empty(),
                Optional.of(new CounterView("2", "Quầy 2", false))));
        assertThat(model.snapshot().paused()).isTrue();
    }

    @Test
    void theLookupsToFixAreTodaysFailedOnesStillInTheBuilding() {
        api.tickets.addAll(List.of(a1, a2,
                Tickets.called(Tickets.waiting(4, "A004", "D", LookupClass.NOT_ELIGIBLE), "2"),
                Tickets.now(Tickets.waiting(5, "A005", "E", LookupClass.GATEWAY_ERROR), TicketStatus.PARKED,
                        Optional.of("1")),
                Tickets.now(Tickets.waiting(6, "A006", "F", LookupClass.SETUP_ERROR), TicketStatus.SERVED,
                        Optional.of("1")),
                Tickets.now(Tickets.waiting(7, "A007", "G", LookupClass.FIXABLE_DATA_ERROR), TicketStatus.SKIPPED,
                        Optional.of("1"))));

        model.refresh();

        assertThat(model.snapshot().toFix()).extracting(DeskTicket::number).containsExactly("A002", "A004", "A005");
    }

    @Test
    void aLookupOverriddenElsewhereLeavesTheListToFix() {
        api.tickets.addAll(List.of(a1, a2));
        model.refresh();
        assertThat(model.snapshot().toFix()).hasSize(1);

        model.onEvent(Tickets.event(40, EventType.LOOKUP_OVERRIDDEN,
                Tickets.withLookup(a2, Tickets.lookup(102, LookupClass.ELIGIBLE, "ok"))));

        assertThat(model.snapshot().toFix()).isEmpty();
        assertThat(row(2).lookup().category()).isEqualTo(LookupCategory.OK);
    }

    @Test
    void anOverriddenCurrentTicketStaysCurrentWithItsNewLookup() {
        api.tickets.add(a2);
        model.refresh();
        model.call("A002");

        model.onEvent(Tickets.event(41, EventType.LOOKUP_OVERRIDDEN,
                Tickets.withLookup(Tickets.called(a2, "1"), Tickets.lookup(102, LookupClass.ELIGIBLE, "ok"))));

        assertThat(model.snapshot().current()).hasValueSatisfying(c -> {
            assertThat(c.number()).isEqualTo("A002");
            assertThat(c.needsAttention()).isFalse();
        });
    }

    @Test
    void anUnreachableServerLeavesEverythingAsItWas() {
        api.tickets.add(Tickets.now(a1, TicketStatus.SKIPPED, Optional.of("1")));
        model.refresh();
        api.refusals.put("restore", new ApiException("connect refused", new java.net.ConnectException()));

        DeskOutcome outcome = model.restore(row(1));

        assertThat(outcome.message()).isEqualTo("Không kết nối được máy chủ. Vui lòng thử lại.");
        assertThat(model.snapshot().skipped()).hasSize(1);
        assertThat(model.snapshot().busy()).isFalse();
    }
}
