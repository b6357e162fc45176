package vn.tiepdon.desk;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.access.Role;

/**
 * The desk's life in windows: the login window first; after a login the {@link DeskWindow} for the
 * chosen counter; when the session ends mid-day (a call answered 401) the desk window closes and
 * the login window comes back saying so. Closing either window by hand logs out and calls
 * {@code onQuit}. Use on the EDT.
 */
public final class DeskSession {
    private static final Logger LOG = LoggerFactory.getLogger(DeskSession.class);

    private final ReceptionApi api;
    private final DeskSignIn signIn;
    private final LoginModel model;
    private final ZoneId zone;
    private final Runnable onQuit;
    private final JFrame loginWindow;
    private Optional<DeskWindow> desk = Optional.empty();

    /**
     * @param api    the calls of the desk, made by the same client that {@code signIn} logs in
     * @param onQuit what closing a window by hand does (the launcher ends the program)
     */
    public DeskSession(ReceptionApi api, DeskSignIn signIn, LoginModel model, ZoneId zone, Runnable onQuit) {
        this.api = Objects.requireNonNull(api);
        this.signIn = Objects.requireNonNull(signIn);
        this.model = Objects.requireNonNull(model);
        this.zone = Objects.requireNonNull(zone);
        this.onQuit = Objects.requireNonNull(onQuit);
        DeskMessages m = model.messages();
        LoginPanel panel = new LoginPanel(model, this::signedIn);
        loginWindow = new JFrame(m.text("window.title") + " — " + m.text("login.title"));
        loginWindow.setContentPane(panel);
        loginWindow.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        loginWindow.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                onQuit.run();
            }

            @Override
            public void windowOpened(WindowEvent e) {
                panel.focusFirstField();
            }

            @Override
            public void windowActivated(WindowEvent e) {
                panel.focusFirstField();
            }
        });
        loginWindow.setSize(720, 480);
        loginWindow.setLocationRelativeTo(null);
    }

    /** Shows the login window. */
    public void open() {
        loginWindow.setVisible(true);
    }

    private void signedIn(LoginOutcome.SignedIn s) {
        loginWindow.setVisible(false);
        SessionWatch watched = new SessionWatch(api, () -> SwingUtilities.invokeLater(this::sessionEnded));
        DeskWindow window = new DeskWindow(watched, s.setup(), s.counterId(), zone, model.messages());
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                Thread quit = new Thread(() -> {
                    logOut();
                    onQuit.run();
                }, "desk-logout");
                quit.start();
            }
        });
        if (s.session().role() == Role.ADMIN) {
            AdminWindow.offerTo(window, watched, model.messages(), s.setup().hospitalName(), Clock.system(zone));
        }
        desk = Optional.of(window);
        window.open();
    }

    /** A call answered 401: back to the login window, which says to log in again. */
    private void sessionEnded() {
        desk.ifPresent(DeskWindow::dispose);
        desk = Optional.empty();
        model.sessionEnded();
        loginWindow.setVisible(true);
        loginWindow.toFront();
    }

    private void logOut() {
        try {
            signIn.logout();
        } catch (RuntimeException e) {
            LOG.debug("desk: logout on closing failed: {}", e.getMessage());
        }
    }
}
