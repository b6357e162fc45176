package vn.tiepdon.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.HallCall;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.core.queue.TicketStatus;

class DisplayModelTest {
    private final FakeDevices.Board board = new FakeDevices.Board();
    private final FakeDevices.Voice voice = new FakeDevices.Voice();
    private final DisplayModel model = new DisplayModel(board, voice, 3);

    private List<String> recentNumbers() {
        return model.snapshot().recent().stream().map(Call::ticketNumber).toList();
    }

    @Test
    void calledEventReachesTheBoardAndTheAnnouncerOnce() {
        Optional<Call> call = model.onEvent(Events.called(10, 1, "A001", "1"));

        assertThat(board.shown).containsExactly("A001 → Quầy 1");
        assertThat(voice.announced).containsExactly("A001 → Quầy 1");
        assertThat(call).hasValueSatisfying(c -> {
            assertThat(c.ticketNumber()).isEqualTo("A001");
            assertThat(c.counterName()).isEqualTo("Quầy 1");
            assertThat(c.recall()).isFalse();
        });
        assertThat(model.snapshot().current()).isEqualTo(call);
    }

    @Test
    void eventIdSeenBeforeIsIgnored() {
        HallEvent e = Events.called(10, 1, "A001", "1");
        model.onEvent(e);

        assertThat(model.onEvent(e)).isEmpty();
        assertThat(model.onEvent(Events.called(10, 2, "A002", "2"))).isEmpty();

        assertThat(board.shown).hasSize(1);
        assertThat(voice.announced).hasSize(1);
        assertThat(recentNumbers()).containsExactly("A001");
    }

    @Test
    void recentCallsAreNewestFirstAndCappedAtTheHistorySize() {
        for (int i = 1; i <= 5; i++) {
            model.onEvent(Events.called(i, i, "A00" + i, "1"));
        }

        assertThat(recentNumbers()).containsExactly("A005", "A004", "A003");
        assertThat(model.snapshot().current()).map(Call::ticketNumber).contains("A005");
    }

    @Test
    void recallMovesTheTicketToTheTopInsteadOfListingItTwice() {
        model.onEvent(Events.called(1, 1, "A001", "1"));
        model.onEvent(Events.called(2, 2, "A002", "2"));

        Optional<Call> recall = model.onEvent(Events.recalled(3, 1, "A001", "1"));

        assertThat(recall).hasValueSatisfying(c -> assertThat(c.recall()).isTrue());
        assertThat(recentNumbers()).containsExactly("A001", "A002");
        assertThat(voice.announced).containsExactly("A001 → Quầy 1", "A002 → Quầy 2", "A001 → Quầy 1");
    }

    @Test
    void eventsOtherThanCallsAreIgnored() {
        model.onEvent(Events.called(1, 1, "A001", "1"));
        model.onEvent(Events.event(2, EventType.TICKET_ISSUED, Events.ticket(2, "A002", "bhyt", "1", Optional.empty())));
        model.onEvent(Events.event(3, EventType.TICKET_FINISHED, Events.ticket(1, "A001", "bhyt", "1",
                Optional.of("Quầy 1"))));
        model.onEvent(Events.event(4, EventType.LOOKUP_COMPLETED, Events.ticket(2, "A002", "bhyt", "1",
                Optional.empty())));

        assertThat(board.shown).containsExactly("A001 → Quầy 1");
        assertThat(model.snapshot().current()).map(Call::ticketNumber).contains("A001");
    }

    @Test
    void counterWithoutANameIsCalledByItsNumber() {
        model.onEvent(Events.event(1, EventType.TICKET_CALLED, Events.ticket(1, "A001", "bhyt", "7",
                Optional.empty())));

        assertThat(board.shown).containsExactly("A001 → Quầy 7");
    }

    @Test
    void priorityQueueCallsAreMarked() {
        Optional<Call> call = model.onEvent(Events.event(1, EventType.TICKET_CALLED,
                Events.ticket(1, "U001", "priority", "1", Optional.of("Quầy 1"), true)));

        assertThat(call).hasValueSatisfying(c -> assertThat(c.priority()).isTrue());
        assertThat(model.onEvent(Events.called(2, 2, "A001", "1"))).hasValueSatisfying(c ->
                assertThat(c.priority()).isFalse());
    }

    @Test
    void brokenBoardDoesNotSilenceTheAnnouncerOrTheScreen() {
        board.thrown = new IllegalStateException("serial port gone");

        model.onEvent(Events.called(1, 1, "A001", "1"));

        assertThat(voice.announced).containsExactly("A001 → Quầy 1");
        assertThat(recentNumbers()).containsExactly("A001");
    }

    @Test
    void screenShowsTheCallBeforeTheAnnouncementStarts() {
        List<Optional<Call>> onScreenWhileSpeaking = new ArrayList<>();
        List<DisplaySnapshot> published = new ArrayList<>();
        model.addListener(published::add);
        voice.during = () -> onScreenWhileSpeaking.add(published.isEmpty() ? Optional.empty()
                : published.get(published.size() - 1).current());

        model.onEvent(Events.called(1, 1, "A001", "1"));

        assertThat(onScreenWhileSpeaking).singleElement()
                .satisfies(c -> assertThat(c).map(Call::ticketNumber).contains("A001"));
    }

    @Test
    void connectionChangesArePublishedOnce() {
        List<DisplaySnapshot> published = new ArrayList<>();
        model.addListener(published::add);

        model.connectionChanged(false);
        model.connectionChanged(false);
        model.connectionChanged(true);

        assertThat(published).extracting(DisplaySnapshot::connected).containsExactly(false, true);
    }

    @Test
    void historySizeBelowOneIsRefused() {
        assertThatThrownBy(() -> new DisplayModel(board, voice, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ticketStatusOfTheEventDoesNotMatterForACall() {
        model.onEvent(Events.event(1, EventType.TICKET_CALLED, new HallCall(1, "A001", "bhyt", "Khám BHYT",
                TicketStatus.SERVED, Optional.empty(), Optional.of("1"), Optional.of("Quầy 1"), false)));

        assertThat(board.shown).containsExactly("A001 → Quầy 1");
    }
}
