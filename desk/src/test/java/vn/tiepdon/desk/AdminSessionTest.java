package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.JMenuItem;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.testing.Conditions;
import vn.tiepdon.core.testing.Screenshots;

/**
 * Who gets the admin view, under a display (Xvfb): a receptionist's desk window has no "Quản trị"
 * menu; an admin's has it, and its item opens the admin window with the last 30 days loaded.
 */
class AdminSessionTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    final FakeSignIn signIn = new FakeSignIn();
    final FakeReceptionApi api = new FakeReceptionApi();

    @BeforeAll
    static void needsADisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display: run under Xvfb");
        Screenshots.onEdt(DeskWindow::installLookAndFeel);
    }

    @AfterEach
    void closeWindows() {
        Screenshots.onEdt(() -> Arrays.stream(Frame.getFrames()).forEach(Frame::dispose));
    }

    private static <T> T onEdt(Supplier<T> read) {
        AtomicReference<T> value = new AtomicReference<>();
        Screenshots.onEdt(() -> value.set(read.get()));
        return value.get();
    }

    private static Optional<Frame> visible(Class<? extends Frame> type) {
        return Arrays.stream(Frame.getFrames()).filter(f -> type.isInstance(f) && f.isVisible()).findFirst();
    }

    /** Logs in as {@code role} with the login screen and waits for the desk window. */
    private DeskWindow logIn(Role role) {
        signIn.login = (u, p) -> FakeSignIn.session(role);
        LoginModel model = new LoginModel(signIn, Optional.empty(), DeskMessages.vietnamese(), VIETNAM,
                Clock.fixed(Instant.parse("2026-11-21T01:00:00Z"), VIETNAM));
        Screenshots.onEdt(() -> new DeskSession(api, signIn, model, VIETNAM, () -> { }).open());
        Conditions.await("the login window", PATIENCE, () -> onEdt(() -> visible(Frame.class).isPresent()));
        Screenshots.onEdt(() -> {
            Frame login = visible(Frame.class).orElseThrow();
            ScreenTexts.find(login, JTextField.class, "login.user").setText("nguoi-dung");
            JPasswordField password = ScreenTexts.find(login, JPasswordField.class, "login.password");
            password.setText("mat-khau");
            password.postActionEvent();
        });
        Conditions.await("the desk window", PATIENCE, () -> onEdt(() -> visible(DeskWindow.class).isPresent()));
        return (DeskWindow) onEdt(() -> visible(DeskWindow.class).orElseThrow());
    }

    @Test
    void aReceptionistsDeskHasNoAdminView() {
        DeskWindow desk = logIn(Role.RECEPTIONIST);

        assertThat(onEdt(desk::getJMenuBar)).isNull();
        assertThat(onEdt(() -> ScreenTexts.joined(desk.getContentPane()))).doesNotContain("Quản trị", "Thống kê");
        assertThat(api.statsCalls).isEmpty();
    }

    @Test
    void anAdminOpensTheAdminViewFromTheMenu() {
        api.success = (f, t) -> AdminStatsData.lookups(f, t, 1);
        api.queueStats = (f, t) -> AdminStatsData.queues(f, t, 1);
        DeskWindow desk = logIn(Role.ADMIN);
        // the desk's admin view counts days by the system clock in the hospital's zone
        java.time.LocalDate today = java.time.LocalDate.now(VIETNAM);
        java.time.format.DateTimeFormatter dmy = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String month = "lượt tra cứu thẻ BHYT từ " + dmy.format(today.minusDays(29)) + " đến " + dmy.format(today);

        JMenuItem item = onEdt(() -> {
            assertThat(desk.getJMenuBar().getMenu(0).getText()).isEqualTo("Quản trị");
            return (JMenuItem) desk.getJMenuBar().getMenu(0).getMenuComponent(0);
        });
        assertThat(item.getText()).isEqualTo("Thống kê tra cứu và báo cáo BHXH…");
        assertThat(item.getAccelerator()).hasToString("ctrl pressed T");
        Screenshots.onEdt(item::doClick);

        Conditions.await("the admin window with the month", PATIENCE, () -> onEdt(() -> visible(AdminWindow.class)
                .map(w -> ScreenTexts.joined(w).contains(month))
                .orElse(false)));
        assertThat(onEdt(() -> visible(AdminWindow.class).orElseThrow().getTitle()))
                .isEqualTo("Thống kê tra cứu BHYT — " + FakeSignIn.SETUP.hospitalName());
        assertThat(api.statsCalls).containsExactly("lookupSuccess " + today.minusDays(29) + " " + today,
                "queueStats " + today.minusDays(29) + " " + today);

        Screenshots.onEdt(item::doClick);
        assertThat(onEdt(() -> Arrays.stream(Frame.getFrames())
                .filter(f -> f instanceof AdminWindow && f.isDisplayable()).count())).as("one admin window").isEqualTo(1);
        Screenshots.onEdt(desk::dispose);
        assertThat(onEdt(() -> Arrays.stream(Frame.getFrames())
                .anyMatch(f -> f instanceof AdminWindow && f.isDisplayable()))).as("closed with the desk").isFalse();
    }
}
