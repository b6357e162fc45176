package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.queue.TicketStatus;

/** Which ticket each ticket action acts on, when its button is enabled, and the waiting list's filters. */
class TicketActionTest {
    private final FakeReceptionApi api = new FakeReceptionApi();
    private final DeskModel model = new DeskModel(api, "1");
    private final TicketView a1 = Tickets.waiting(1, "A001", "Nguyễn Văn An", LookupClass.ELIGIBLE);
    private final TicketView a2 = Tickets.waiting(2, "A002", "Trần Thị Bình", LookupClass.FIXABLE_DATA_ERROR);
    private final TicketView p3 = Tickets.now(Tickets.waiting(3, "A003", "C", LookupClass.ELIGIBLE), TicketStatus.PARKED,
            Optional.of("1"));
    private final TicketView s4 = Tickets.now(Tickets.waiting(4, "A004", "D", LookupClass.ELIGIBLE), TicketStatus.SKIPPED,
            Optional.of("2"));

    private DeskSnapshot load(TicketView... tickets) {
        api.tickets.addAll(List.of(tickets));
        model.refresh();
        return model.snapshot();
    }

    private Optional<DeskTicket> pick(DeskSnapshot s, long id) {
        return s.ticket(id);
    }

    @Test
    void withNothingSelectedTransferAndFixActOnTheCurrentTicket() {
        api.tickets.addAll(List.of(a1, a2));
        model.refresh();
        model.call("A002");
        DeskSnapshot s = model.snapshot();

        assertThat(TicketAction.TRANSFER.target(s, Optional.empty())).map(DeskTicket::number).contains("A002");
        assertThat(TicketAction.FIX_LOOKUP.target(s, Optional.empty())).map(DeskTicket::number).contains("A002");
        assertThat(TicketAction.FIX_LOOKUP.enabled(s, Optional.empty(), "")).isTrue();
    }

    @Test
    void aSelectedTicketWinsOverTheCurrentOne() {
        api.tickets.addAll(List.of(a1, a2));
        model.refresh();
        model.call("A002");
        DeskSnapshot s = model.snapshot();

        assertThat(TicketAction.TRANSFER.target(s, pick(s, 1))).map(DeskTicket::number).contains("A001");
        // the selected A001's lookup is fine: nothing to fix, even though the current A002's failed
        assertThat(TicketAction.FIX_LOOKUP.enabled(s, pick(s, 1), "")).isFalse();
    }

    @Test
    void returnAndRestoreNeedAParkedOrSkippedSelection() {
        DeskSnapshot s = load(a1, p3, s4);

        assertThat(TicketAction.RETURN_FRONT.enabled(s, pick(s, 3), "")).isTrue();
        assertThat(TicketAction.RETURN_PLACE.enabled(s, pick(s, 3), "")).isTrue();
        assertThat(TicketAction.RETURN_FRONT.enabled(s, pick(s, 1), "")).isFalse();
        assertThat(TicketAction.RESTORE.enabled(s, pick(s, 4), "")).isTrue();
        assertThat(TicketAction.RESTORE.enabled(s, pick(s, 3), "")).isFalse();
        assertThat(TicketAction.RESTORE.enabled(s, Optional.empty(), "")).isFalse();
        assertThat(TicketAction.TRANSFER.enabled(s, pick(s, 4), "")).as("a skipped ticket is not transferred").isFalse();
    }

    @Test
    void callNeedsATypedNumberOrAWaitingSelectionAndAnOpenCounter() {
        DeskSnapshot s = load(a1, p3);

        assertThat(TicketAction.CALL.enabled(s, Optional.empty(), "")).isFalse();
        assertThat(TicketAction.CALL.enabled(s, Optional.empty(), "A7")).isTrue();
        assertThat(TicketAction.CALL.enabled(s, pick(s, 1), "")).isTrue();
        assertThat(TicketAction.CALL.enabled(s, pick(s, 3), "")).isFalse();
        model.act(vn.tiepdon.core.queue.CounterVerb.PAUSE);
        assertThat(TicketAction.CALL.enabled(model.snapshot(), pick(s, 1), "A1")).isFalse();
    }

    @Test
    void aSelectionThatChangedMeanwhileIsJudgedAsItNowStands() {
        DeskSnapshot before = load(p3);
        Optional<DeskTicket> selected = pick(before, 3);
        model.onEvent(Tickets.event(9, vn.tiepdon.core.event.EventType.TICKET_RETURNED,
                Tickets.now(p3, TicketStatus.WAITING, Optional.empty())));

        assertThat(TicketAction.RETURN_FRONT.enabled(model.snapshot(), selected, "")).isFalse();
        assertThat(TicketAction.CALL.enabled(model.snapshot(), selected, "")).isTrue();
    }

    @Test
    void theVisitHistoryIsOfTheSelectedOrCurrentTicketWithALookup() {
        TicketView noLookup = new TicketView(5, "A005", "bhyt", "Khám BHYT", TicketStatus.WAITING, Tickets.MORNING,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("E"), Optional.empty());
        api.tickets.addAll(List.of(a1, a2, noLookup));
        model.refresh();
        DeskSnapshot before = model.snapshot();
        assertThat(TicketAction.VISIT_HISTORY.enabled(before, Optional.empty(), "")).as("nothing to act on").isFalse();
        model.call("A002");
        DeskSnapshot s = model.snapshot();

        assertThat(TicketAction.VISIT_HISTORY.target(s, Optional.empty())).map(DeskTicket::number).contains("A002");
        assertThat(TicketAction.VISIT_HISTORY.target(s, pick(s, 1))).map(DeskTicket::number).contains("A001");
        assertThat(TicketAction.VISIT_HISTORY.enabled(s, pick(s, 5), "")).as("a ticket without a lookup").isFalse();
        assertThat(TicketAction.VISIT_HISTORY.shortcut()).isEqualTo("Ctrl+L");
    }

    @Test
    void everyShortcutIsADistinctKeyOfTheDesk() {
        List<String> keys = new java.util.ArrayList<>(VerbButton.ALL.stream().map(VerbButton::shortcut).toList());
        for (TicketAction a : TicketAction.values()) {
            keys.add(a.keyStroke());
            assertThat(javax.swing.KeyStroke.getKeyStroke(a.keyStroke())).as(a.name()).isNotNull();
        }
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(TicketAction.DESK_KEYS).containsAll(keys);
    }

    @Test
    void theWaitingFiltersAreAllThisCounterAndEachQueue() {
        DeskSnapshot s = load(a1,
                Tickets.inQueue(Tickets.waiting(5, "B001", "E", LookupClass.ELIGIBLE), "service", "Khám dịch vụ"),
                Tickets.inQueue(Tickets.waiting(6, "U001", "F", LookupClass.ELIGIBLE), "priority", "Ưu tiên"),
                Tickets.with(Tickets.waiting(7, "B002", "G", LookupClass.ELIGIBLE), TicketStatus.WAITING,
                        Optional.empty(), "service", "Khám dịch vụ", Optional.of("cho quầy 1"), Optional.of("1")),
                Tickets.with(Tickets.waiting(8, "A008", "H", LookupClass.ELIGIBLE), TicketStatus.WAITING,
                        Optional.empty(), "bhyt", "Khám BHYT", Optional.empty(), Optional.of("2")));
        List<WaitingFilter> filters = WaitingFilter.choices(DeskScreenshotTest.SETUP, "1");
        DeskMessages m = DeskMessages.vietnamese();

        assertThat(filters).extracting(f -> f.label(m))
                .containsExactly("Tất cả hàng đợi", "Quầy 1 gọi", "Khám BHYT", "Khám dịch vụ", "Ưu tiên");
        assertThat(filters.get(0).apply(s.waiting())).hasSize(5);
        // counter 1 serves priority and bhyt, plus B002 reserved for it; not A008 reserved for counter 2
        assertThat(filters.get(1).apply(s.waiting())).extracting(DeskTicket::number)
                .containsExactly("A001", "U001", "B002");
        assertThat(filters.get(3).apply(s.waiting())).extracting(DeskTicket::number).containsExactly("B001", "B002");
    }
}
