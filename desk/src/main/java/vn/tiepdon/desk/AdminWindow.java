package vn.tiepdon.desk;

import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import vn.tiepdon.client.ReceptionApi;

/**
 * The admin view's own window (1366×768, like the desk), opened from the desk window's "Quản trị"
 * menu, which only an admin's desk has ({@link #offerTo}). One window at a time; it closes with
 * the desk window.
 */
final class AdminWindow extends JFrame {
    private static final long serialVersionUID = 1L;
    static final String SHORTCUT = "ctrl T";
    private final AdminView view;

    AdminWindow(AdminModel model, String hospitalName, ReportFilePicker picker) {
        super(model.texts().text("admin.window.title") + " — " + hospitalName);
        view = new AdminView(model, picker);
        setContentPane(view);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setSize(1366, 768);
        setLocationRelativeTo(null);
    }

    AdminView view() {
        return view;
    }

    @Override
    public void dispose() {
        view.close();
        super.dispose();
    }

    /**
     * Gives {@code desk} (an admin's) the "Quản trị" menu whose item (Ctrl+T) opens the admin
     * window over {@code api}, or brings it to the front. Call on the EDT.
     */
    static void offerTo(JFrame desk, ReceptionApi api, DeskMessages messages, String hospitalName, Clock clock) {
        Objects.requireNonNull(api);
        AtomicReference<Optional<AdminWindow>> open = new AtomicReference<>(Optional.empty());
        JMenuBar bar = new JMenuBar();
        bar.setName("admin.menubar");
        JMenu menu = new JMenu(messages.text("admin.menu"));
        menu.setName("admin.menu");
        menu.setMnemonic(KeyEvent.VK_Q);
        menu.setFont(DeskStyle.font(java.awt.Font.PLAIN, 14));
        JMenuItem item = new JMenuItem(messages.text("admin.menu.open"));
        item.setName("admin.open");
        item.setFont(DeskStyle.font(java.awt.Font.PLAIN, 14));
        item.setAccelerator(KeyStroke.getKeyStroke(SHORTCUT));
        item.addActionListener(e -> {
            if (open.get().filter(AdminWindow::isDisplayable).isEmpty()) {
                AdminWindow w = new AdminWindow(new AdminModel(api, messages, clock), hospitalName,
                        ReportFilePicker.fileDialog());
                open.set(Optional.of(w));
                w.setVisible(true);
                w.view().load();
            } else {
                open.get().get().toFront();
            }
        });
        menu.add(item);
        bar.add(menu);
        desk.setJMenuBar(bar);
        desk.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                open.get().ifPresent(AdminWindow::dispose);
            }
        });
    }
}
