package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.testing.Screenshots;

/**
 * Ctrl+L on the desk under a display (Xvfb): the visit-history dialog opens at once saying it is
 * loading while the server is asked off the screen's thread, then lists the visits; one request
 * per opening.
 */
class VisitHistoryDialogTest {
    private static final long PATIENCE_MS = 30_000;
    private final FakeReceptionApi api = new FakeReceptionApi();

    @BeforeAll
    static void needsADisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display: run under Xvfb");
        Screenshots.onEdt(DeskWindow::installLookAndFeel);
    }

    @AfterEach
    void closeWindows() {
        Screenshots.onEdt(() -> Arrays.stream(Window.getWindows()).forEach(Window::dispose));
    }

    private static <T> T onEdt(java.util.function.Supplier<T> read) {
        AtomicReference<T> value = new AtomicReference<>();
        Screenshots.onEdt(() -> value.set(read.get()));
        return value.get();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (!onEdt(condition::getAsBoolean)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }

    private static Optional<JDialog> historyDialog() {
        return Arrays.stream(Window.getWindows()).filter(w -> w instanceof JDialog d && d.isShowing()
                && "Lịch sử khám chữa bệnh BHYT".equals(d.getTitle())).map(JDialog.class::cast).findFirst();
    }

    @Test
    void ctrlLOpensTheHistoryLoadingThenListsTheVisits() throws InterruptedException {
        CountDownLatch answer = new CountDownLatch(1);
        api.history = id -> {
            try {
                answer.await(PATIENCE_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return VisitHistoryTest.answered("000", LookupClass.ELIGIBLE, List.of(VisitHistoryTest.MARCH));
        };
        api.tickets.add(Tickets.waiting(2, "A002", "Trần Thị Bình", LookupClass.ELIGIBLE));
        DeskView view = onEdt(() -> {
            DeskView v = new DeskView(api, DeskScreenshotTest.SETUP, VisitHistoryTest.MORNING,
                    DeskMessages.vietnamese());
            DeskModel model = new DeskModel(api, "1");
            model.refresh();
            model.call("A002");
            v.attach(model);
            return v;
        });

        SwingUtilities.invokeLater(() -> {
            KeyStroke ctrlL = KeyStroke.getKeyStroke("ctrl L");
            Object name = view.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).get(ctrlL);
            Action action = view.getActionMap().get(name);
            action.actionPerformed(new ActionEvent(view, ActionEvent.ACTION_PERFORMED, "ctrl L"));
        });

        await("the dialog open", () -> historyDialog().isPresent());
        await("the server asked", () -> api.calls.contains("history 102"));
        assertThat(onEdt(() -> ScreenTexts.joined(historyDialog().orElseThrow().getContentPane())))
                .contains("Lịch sử KCB — số A002 · Trần Thị Bình", "Đang tải…");
        answer.countDown();
        await("the visits listed", () -> ScreenTexts.joined(historyDialog().orElseThrow().getContentPane())
                .contains("10/03/2025 10:30 | 10/03/2025 14:30 | 01929 | Viêm dạ dày | Xin ra viện | Khỏi"
                        + " | Đúng tuyến"));
        assertThat(onEdt(() -> ScreenTexts.joined(historyDialog().orElseThrow().getContentPane())))
                .contains("Các lượt khám chữa bệnh gần nhất: 1 lượt (mới nhất ở trên).");
        assertThat(api.calls.stream().filter(c -> c.startsWith("history"))).containsExactly("history 102");
        Screenshots.onEdt(() -> historyDialog().orElseThrow().dispose());
    }
}
