package vn.tiepdon.desk;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The login screen: user name, password, a button (Enter in either field presses it), and a line
 * for what went wrong. A thin view of {@link LoginModel}: the login runs off the EDT, and the
 * screen redraws from the model's snapshot.
 */
public final class LoginPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LoginPanel.class);
    private static final Color INFO = DeskStyle.PRIMARY;
    private static final Color BACKGROUND = new Color(0xEEF2F6);
    private static final int NOTICE_WIDTH = 400;

    private final transient LoginModel model;
    private final transient Consumer<LoginOutcome.SignedIn> onSignedIn;
    private final JTextField user = new JTextField(18);
    private final JPasswordField password = new JPasswordField(18);
    private final JButton submit;
    private final JLabel notice = DeskStyle.label(" ", Font.PLAIN, 16, DeskStyle.PROBLEM);

    /** Create on the EDT; {@code onSignedIn} is called on the EDT after a login succeeded. */
    public LoginPanel(LoginModel model, Consumer<LoginOutcome.SignedIn> onSignedIn) {
        super(new GridBagLayout());
        this.model = model;
        this.onSignedIn = onSignedIn;
        DeskMessages m = model.messages();
        setBackground(BACKGROUND);

        JPanel form = new JPanel(new GridBagLayout());
        form.setBackground(Color.WHITE);
        form.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(new Color(0xD0D7DE)),
                BorderFactory.createEmptyBorder(28, 36, 28, 36)));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridwidth = 2;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(0, 0, 20, 0);
        form.add(DeskStyle.label(m.text("login.heading"), Font.BOLD, 24, DeskStyle.TEXT), c);

        c.gridwidth = 1;
        c.insets = new Insets(6, 0, 6, 16);
        c.gridy = 1;
        form.add(DeskStyle.label(m.text("login.user"), Font.PLAIN, 18, DeskStyle.TEXT), c);
        c.gridy = 2;
        form.add(DeskStyle.label(m.text("login.password"), Font.PLAIN, 18, DeskStyle.TEXT), c);
        c.gridx = 1;
        c.insets = new Insets(6, 0, 6, 0);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.gridy = 1;
        user.setFont(DeskStyle.font(Font.PLAIN, 18));
        user.setName("login.user");
        form.add(user, c);
        c.gridy = 2;
        password.setFont(DeskStyle.font(Font.PLAIN, 18));
        password.setName("login.password");
        form.add(password, c);

        submit = new JButton(m.text("login.submit"));
        submit.setFont(DeskStyle.font(Font.BOLD, 18));
        submit.setName("login.submit");
        submit.setPreferredSize(new Dimension(200, 44));
        c.gridy = 3;
        c.fill = GridBagConstraints.NONE;
        c.anchor = GridBagConstraints.EAST;
        c.insets = new Insets(18, 0, 0, 0);
        form.add(submit, c);

        c.gridx = 0;
        c.gridy = 4;
        c.gridwidth = 2;
        c.anchor = GridBagConstraints.WEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(16, 0, 0, 0);
        notice.setName("login.notice");
        form.add(notice, c);
        c.gridy = 5;
        c.insets = new Insets(8, 0, 0, 0);
        form.add(DeskStyle.label(m.text("login.hint"), Font.PLAIN, 14, DeskStyle.MUTED), c);
        add(form);

        submit.addActionListener(e -> submit());
        user.addActionListener(e -> {
            if (user.getText().isBlank()) {
                return;
            }
            if (password.getPassword().length == 0) {
                password.requestFocusInWindow();
            } else {
                submit();
            }
        });
        password.addActionListener(e -> submit());
        model.addListener(s -> SwingUtilities.invokeLater(this::redraw));
        redraw();
    }

    /** The user name field has the focus when the screen shows (or the password, with a name filled in). */
    public void focusFirstField() {
        (user.getText().isBlank() ? user : password).requestFocusInWindow();
    }

    private void submit() {
        if (model.snapshot().busy()) {
            return;
        }
        String name = user.getText();
        char[] typed = password.getPassword();
        setEditable(false);
        new SwingWorker<LoginOutcome, Void>() {
            @Override
            protected LoginOutcome doInBackground() {
                return model.submit(name, typed);
            }

            @Override
            protected void done() {
                setEditable(true);
                try {
                    LoginOutcome outcome = get();
                    if (outcome instanceof LoginOutcome.SignedIn s) {
                        password.setText("");
                        onSignedIn.accept(s);
                    } else {
                        password.setText("");
                        focusFirstField();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    LOG.error("desk: login failed unexpectedly", e.getCause());
                }
                redraw();
            }
        }.execute();
    }

    private void setEditable(boolean editable) {
        user.setEnabled(editable);
        password.setEnabled(editable);
        submit.setEnabled(editable);
    }

    /** A long notice wraps inside the form instead of widening it. */
    private static String wrapped(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<html><div style='width:" + NOTICE_WIDTH + "px'>" + escaped + "</div></html>";
    }

    private void redraw() {
        LoginModel.Snapshot s = model.snapshot();
        if (user.getText().isEmpty()) {
            s.user().ifPresent(user::setText);
        }
        submit.setText(model.messages().text(s.busy() ? "login.busy" : "login.submit"));
        notice.setText(s.notice().map(n -> wrapped(n.text())).orElse(" "));
        notice.setForeground(s.notice().filter(LoginModel.Notice::problem).isPresent() ? DeskStyle.PROBLEM : INFO);
    }
}
