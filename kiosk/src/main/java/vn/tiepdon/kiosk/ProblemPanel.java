package vn.tiepdon.kiosk;

import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** A code that could not be read, or a server that does not answer: what happened and what to do. */
final class ProblemPanel extends JPanel {
    private final JLabel title = KioskStyle.paragraph(Font.BOLD, 48, KioskStyle.PROBLEM);
    private final JLabel message = KioskStyle.paragraph(Font.PLAIN, 34, KioskStyle.TEXT);
    private final JButton retry = KioskStyle.button("", true);
    private final JButton type = KioskStyle.button("", false);

    ProblemPanel(Runnable onRetry, Runnable onType) {
        super(new GridBagLayout());
        setBackground(KioskStyle.BACKGROUND);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new Insets(20, 0, 20, 0);
        add(title, c);
        add(message, c);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.CENTER, 32, 0));
        buttons.setOpaque(false);
        buttons.add(retry);
        buttons.add(type);
        c.insets = new Insets(40, 0, 0, 0);
        add(buttons, c);
        retry.addActionListener(e -> onRetry.run());
        type.addActionListener(e -> onType.run());
    }

    void showRejected(KioskState.Rejected state, KioskMessages m) {
        show(state.title(), state.message(), m);
    }

    void showUnavailable(KioskState.ServerUnavailable state, KioskMessages m) {
        show(state.title(), state.message(), m);
    }

    private void show(String titleText, String messageText, KioskMessages m) {
        KioskStyle.setParagraph(title, titleText);
        KioskStyle.setParagraph(message, messageText);
        KioskStyle.setButtonText(retry, m.text("problem.retry"));
        KioskStyle.setButtonText(type, m.text("problem.type"));
    }
}
