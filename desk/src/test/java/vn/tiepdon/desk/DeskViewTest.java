package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.ActionEvent;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.testing.Screenshots;

/** F1–F4 reach the server for the picked counter. */
class DeskViewTest {
    private static final SetupView SETUP = new SetupView("01999", "BV", List.of(),
            List.of(new CounterDefinition("1", "Quầy 1", List.of("bhyt")),
                    new CounterDefinition("2", "Quầy 2", List.of("bhyt"))));

    @ParameterizedTest
    @CsvSource({"F1, next 2", "F2, recall 2", "F3, skip 2", "F4, finish 2"})
    void functionKeySendsItsVerbForTheCounter(String key, String expectedCall) throws InterruptedException {
        FakeReceptionApi api = new FakeReceptionApi();
        CountDownLatch sent = new CountDownLatch(1);
        TicketView a1 = Tickets.called(Tickets.waiting(1, "A001", "An", LookupClass.ELIGIBLE), "2");
        java.util.function.Function<String, Optional<TicketView>> answer = c -> {
            sent.countDown();
            return Optional.of(a1);
        };
        api.next = answer;
        api.recall = answer;
        api.skip = answer;
        api.finish = answer;

        Screenshots.onEdt(() -> {
            DeskView view = new DeskView(api, SETUP, ZoneId.of("Asia/Ho_Chi_Minh"));
            view.attach(new DeskModel(api, "2"));
            Object name = view.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).get(KeyStroke.getKeyStroke(key));
            Action action = view.getActionMap().get(name);
            action.actionPerformed(new ActionEvent(view, ActionEvent.ACTION_PERFORMED, key));
        });

        assertThat(sent.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(api.calls).containsExactly(expectedCall);
    }
}
