package vn.tiepdon.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.HallEvent;

/** What the counters' verbs do to the hall board: closed counters, numbers no longer expected. */
class DisplayVerbsTest {
    private final FakeDevices.Board board = new FakeDevices.Board();
    private final FakeDevices.Voice voice = new FakeDevices.Voice();
    private final DisplayModel model = new DisplayModel(board, voice, 5);

    private static HallEvent counter(long id, String counterId, boolean paused) {
        return new HallEvent(id, paused ? EventType.COUNTER_PAUSED : EventType.COUNTER_RESUMED,
                Events.MORNING.plusSeconds(id), Optional.empty(),
                Optional.of(new CounterView(counterId, "Quầy " + counterId, paused)));
    }

    @Test
    void aPausedCounterShowsClosedUntilItResumes() {
        model.onEvent(counter(1, "2", true));
        assertThat(model.snapshot().closedCounters()).containsExactly("Quầy 2");
        model.onEvent(counter(2, "3", true));
        assertThat(model.snapshot().closedCounters()).containsExactly("Quầy 2", "Quầy 3");
        model.onEvent(counter(3, "2", false));
        assertThat(model.snapshot().closedCounters()).containsExactly("Quầy 3");
        assertThat(voice.announced).as("a counter's state is not announced").isEmpty();
    }

    @Test
    void theBoardStartsWithTheCountersPausedBeforeIt() {
        model.counters(List.of(new CounterView("1", "Quầy 1", false), new CounterView("2", "Quầy 2", true)));
        assertThat(model.snapshot().closedCounters()).containsExactly("Quầy 2");
    }

    @Test
    void aSkippedNumberIsNoLongerShownOrRecalled() {
        model.onEvent(Events.called(1, 1, "A001", "1"));
        model.onEvent(Events.called(2, 2, "A002", "2"));
        model.onEvent(Events.recalled(3, 1, "A001", "1"));
        assertThat(model.snapshot().current()).map(Call::ticketNumber).contains("A001");

        model.onEvent(Events.event(4, EventType.TICKET_SKIPPED, Events.ticket(1, "A001", "bhyt", "1",
                Optional.of("Quầy 1"))));

        assertThat(model.snapshot().current()).isEmpty();
        assertThat(model.snapshot().recent()).extracting(Call::ticketNumber).containsExactly("A002");
    }

    @Test
    void postponedAndTransferredNumbersLeaveTheBoardToo() {
        model.onEvent(Events.called(1, 1, "A001", "1"));
        model.onEvent(Events.called(2, 2, "A002", "1"));
        model.onEvent(Events.event(3, EventType.TICKET_POSTPONED, Events.ticket(1, "A001", "bhyt", "1",
                Optional.of("Quầy 1"))));
        model.onEvent(Events.event(4, EventType.TICKET_TRANSFERRED, Events.ticket(2, "A002", "service", "1",
                Optional.of("Quầy 1"))));
        assertThat(model.snapshot().recent()).isEmpty();
        assertThat(board.shown).containsExactly("A001 → Quầy 1", "A002 → Quầy 1");
    }

    @Test
    void aSkipOfANumberNotOnTheBoardChangesNothing() {
        model.onEvent(Events.called(1, 1, "A001", "1"));
        model.onEvent(Events.event(2, EventType.TICKET_SKIPPED, Events.ticket(9, "A009", "bhyt", "2",
                Optional.of("Quầy 2"))));
        assertThat(model.snapshot().current()).map(Call::ticketNumber).contains("A001");
    }
}
