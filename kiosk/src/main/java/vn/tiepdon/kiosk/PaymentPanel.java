package vn.tiepdon.kiosk;

import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * After a lookup that says the BHYT card cannot be used: what the lookup said, the ticket's number
 * (already issued: it stays on screen), and the choice — a fee-paying visit, or the reception desk.
 * The slip prints once the patient chooses.
 */
final class PaymentPanel extends JPanel {
    private final JLabel title = KioskStyle.paragraph(Font.BOLD, 44, KioskStyle.PROBLEM);
    private final JLabel reason = KioskStyle.paragraph(Font.PLAIN, 32, KioskStyle.TEXT);
    private final JLabel numberLabel = KioskStyle.label("", Font.PLAIN, 32, KioskStyle.TEXT);
    private final JLabel number = KioskStyle.label("", Font.BOLD, 128, KioskStyle.PRIMARY);
    private final JLabel question = KioskStyle.paragraph(Font.BOLD, 32, KioskStyle.TEXT);
    private final JButton feePaying = KioskStyle.button("", true);
    private final JButton desk = KioskStyle.button("", false);
    private final JLabel hint = KioskStyle.paragraph(Font.PLAIN, 28, KioskStyle.TEXT);

    PaymentPanel(Runnable onFeePaying, Runnable onDesk) {
        super(new GridBagLayout());
        setBackground(KioskStyle.BACKGROUND);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new Insets(8, 0, 8, 0);
        add(title, c);
        add(reason, c);
        c.insets = new Insets(16, 0, 0, 0);
        add(numberLabel, c);
        c.insets = new Insets(0, 0, 8, 0);
        add(number, c);
        add(question, c);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.CENTER, 32, 0));
        buttons.setOpaque(false);
        buttons.add(feePaying);
        buttons.add(desk);
        c.insets = new Insets(28, 0, 12, 0);
        add(buttons, c);
        c.insets = new Insets(8, 0, 0, 0);
        add(hint, c);
        feePaying.addActionListener(e -> onFeePaying.run());
        desk.addActionListener(e -> onDesk.run());
    }

    void show(KioskState.ChoosingPayment state, KioskMessages m) {
        KioskStyle.setParagraph(title, m.text("payment.title"));
        KioskStyle.setParagraph(reason, state.reason());
        numberLabel.setText(m.text("payment.numberLabel"));
        number.setText(state.number());
        KioskStyle.setParagraph(question, m.text("payment.question"));
        KioskStyle.setButtonText(feePaying, m.text("payment.feePaying"));
        KioskStyle.setButtonText(desk, m.text("payment.desk"));
        KioskStyle.setParagraph(hint, m.text("payment.hint"));
    }
}
