package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.testing.Screenshots;

/**
 * Renders the login screen at the login window's size into target/screenshots/desk-login*.png (docs/screenshots/desk-login.png
 * is the first) and checks the texts on it; Enter in the password field logs in off the EDT.
 */
class DeskLoginScreenshotTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), VIETNAM);
    final FakeSignIn server = new FakeSignIn();

    @BeforeAll
    static void lookAndFeel() {
        Screenshots.onEdt(DeskWindow::installLookAndFeel);
    }

    private LoginModel model(DeskMessages messages) {
        return new LoginModel(server, Optional.empty(), messages, VIETNAM, CLOCK);
    }

    /** Every text the screen shows: labels, buttons, and what is typed in the fields (passwords as dots). */
    private static List<String> texts(Component c) {
        List<String> texts = new ArrayList<>();
        collect(c, texts);
        return texts;
    }

    private static void collect(Component c, List<String> texts) {
        if (c instanceof JLabel l && !l.getText().isBlank()) {
            texts.add(l.getText().replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&"));
        } else if (c instanceof AbstractButton b) {
            texts.add(b.getText());
        } else if (c instanceof JPasswordField p) {
            texts.add("•".repeat(p.getPassword().length));
        } else if (c instanceof JTextField f) {
            texts.add(f.getText());
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, texts);
            }
        }
    }

    private List<String> shoot(String name, LoginModel model) {
        AtomicReference<List<String>> shown = new AtomicReference<>();
        BufferedImage image = Screenshots.paint(() -> {
            LoginPanel panel = new LoginPanel(model, s -> { });
            shown.set(texts(panel));
            return panel;
        }, 720, 480);
        Screenshots.save(image, name);
        Screenshots.assertNotBlank(image);
        return shown.get();
    }

    @Test
    void loginScreenAfterAWrongPassword() {
        server.login = (u, p) -> {
            throw FakeSignIn.error(401, ErrorCode.WRONG_PASSWORD, Optional.empty());
        };
        LoginModel model = model(DeskMessages.vietnamese());
        model.submit("le-tan-1", "sai-mat-khau".toCharArray());

        List<String> texts = shoot("desk-login", model);

        assertThat(texts).containsExactly("Đăng nhập quầy tiếp đón", "Tên đăng nhập", "Mật khẩu", "le-tan-1", "",
                "Đăng nhập", "Sai tên đăng nhập hoặc mật khẩu.",
                "Nhấn Enter để đăng nhập. Tài khoản do quản trị viên cấp.");
    }

    @Test
    void loginScreenWhenTheAccountIsLockedInEnglish() {
        server.login = (u, p) -> {
            throw FakeSignIn.error(423, ErrorCode.ACCOUNT_LOCKED, Optional.of(Instant.parse("2026-11-22T01:15:00Z")));
        };
        LoginModel model = model(new DeskMessages(Locale.ENGLISH));
        model.submit("le-tan-1", "wrong".toCharArray());

        assertThat(shoot("desk-login-locked-en", model)).contains("Reception desk log-in", "User name", "Password",
                "Log in", "The account is locked until 08:15 after too many wrong passwords.");
    }

    @Test
    void loginScreenAfterTheSessionEnded() {
        LoginModel model = model(DeskMessages.vietnamese());
        model.submit("le-tan-1", "pw".toCharArray());
        model.sessionEnded();

        assertThat(shoot("desk-login-session-ended", model))
                .contains("le-tan-1", "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.");
    }

    @Test
    void aLongNoticeWrapsInsideTheWindow() {
        server.login = (u, p) -> FakeSignIn.session(vn.tiepdon.core.access.Role.DISPLAY);
        LoginModel model = model(DeskMessages.vietnamese());
        model.submit("display-1", "pw".toCharArray());
        BufferedImage image = Screenshots.paint(() -> {
            LoginPanel panel = new LoginPanel(model, s -> { });
            assertThat(texts(panel)).contains("Tài khoản có vai trò DISPLAY không dùng được quầy tiếp đón: chỉ lễ tân "
                    + "và quản trị viên đăng nhập ở đây.");
            return panel;
        }, 720, 480);
        Screenshots.save(image, "desk-login-not-staff");
        // the form keeps a margin of background on both sides: the notice wrapped
        int background = image.getRGB(5, 240);
        assertThat(image.getRGB(20, 240)).isEqualTo(background);
        assertThat(image.getRGB(700, 240)).isEqualTo(background);
    }

    @Test
    void enterInThePasswordFieldLogsInOffTheScreensThread() throws InterruptedException {
        CountDownLatch signedIn = new CountDownLatch(1);
        AtomicReference<Boolean> loginOnEdt = new AtomicReference<>();
        AtomicReference<LoginOutcome.SignedIn> outcome = new AtomicReference<>();
        server.login = (u, p) -> {
            loginOnEdt.set(javax.swing.SwingUtilities.isEventDispatchThread());
            return FakeSignIn.session(vn.tiepdon.core.access.Role.RECEPTIONIST);
        };
        LoginModel model = model(DeskMessages.vietnamese());
        Screenshots.onEdt(() -> {
            LoginPanel panel = new LoginPanel(model, s -> {
                outcome.set(s);
                signedIn.countDown();
            });
            JTextField user = find(panel, "login.user", JTextField.class);
            JPasswordField password = find(panel, "login.password", JPasswordField.class);
            user.setText("le-tan-1");
            password.setText("mat-khau-1");
            password.postActionEvent();
        });

        assertThat(signedIn.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(loginOnEdt.get()).isFalse();
        assertThat(outcome.get().counterId()).isEqualTo("1");
        assertThat(server.calls).containsExactly("login le-tan-1 mat-khau-1", "setup");
    }

    private static <T extends Component> T find(Container root, String name, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName()) && type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container inner) {
                T found = findOrNull(inner, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    private static <T extends Component> T findOrNull(Container root, String name, Class<T> type) {
        try {
            return find(root, name, type);
        } catch (AssertionError e) {
            return null;
        }
    }
}
