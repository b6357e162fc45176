package vn.tiepdon.kiosk;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The waiting screen: what to do with the card, "type the number", "Khám dịch vụ" where the
 * hospital has a fee-paying queue (pressed: a banner says so, and the button takes it back), and
 * the language switch.
 */
final class IdlePanel extends JPanel {
    private final JLabel hospital = KioskStyle.label("", Font.BOLD, 30, KioskStyle.PRIMARY);
    private final JLabel title = KioskStyle.paragraph(Font.BOLD, 48, KioskStyle.TEXT);
    private final JLabel subtitle = KioskStyle.paragraph(Font.PLAIN, 28, KioskStyle.TEXT);
    private final JLabel chosen = KioskStyle.paragraph(Font.BOLD, 32, KioskStyle.PRIMARY);
    private final JButton type = KioskStyle.button("", true);
    private final JButton feePaying = KioskStyle.button("", false);
    private final JButton language = KioskStyle.button("", false);
    private boolean chosenNow;

    /** @param onFeePaying called with true for "Khám dịch vụ", false for "Khám BHYT" (taking it back) */
    IdlePanel(Runnable onType, Runnable onLanguage, java.util.function.Consumer<Boolean> onFeePaying) {
        super(new BorderLayout());
        setBackground(KioskStyle.BACKGROUND);
        setBorder(BorderFactory.createEmptyBorder(32, 32, 32, 32));
        add(hospital, BorderLayout.NORTH);

        JPanel middle = new JPanel(new GridBagLayout());
        middle.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new Insets(16, 0, 16, 0);
        middle.add(title, c);
        middle.add(subtitle, c);
        chosen.setOpaque(true);
        chosen.setBackground(KioskStyle.CHOSEN_BACKGROUND);
        chosen.setBorder(BorderFactory.createEmptyBorder(16, 24, 16, 24));
        middle.add(chosen, c);
        c.insets = new Insets(40, 0, 0, 0);
        middle.add(type, c);
        c.insets = new Insets(24, 0, 0, 0);
        middle.add(feePaying, c);
        add(middle, BorderLayout.CENTER);

        JPanel bottom = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        bottom.setOpaque(false);
        bottom.add(language);
        add(bottom, BorderLayout.SOUTH);

        type.addActionListener(e -> onType.run());
        language.addActionListener(e -> onLanguage.run());
        feePaying.addActionListener(e -> onFeePaying.accept(!chosenNow));
    }

    void show(String hospitalName, KioskState.Idle state, KioskMessages m) {
        hospital.setText(hospitalName);
        chosenNow = state.feePayingChosen();
        KioskStyle.setParagraph(title, m.text("idle.title"));
        KioskStyle.setParagraph(subtitle, m.text("idle.subtitle"));
        chosen.setVisible(state.feePayingChosen());
        KioskStyle.setParagraph(chosen, state.feePayingChosen() ? m.text("idle.feePayingChosen") : "");
        KioskStyle.setButtonText(type, m.text("idle.type"));
        feePaying.setVisible(state.feePayingOffered());
        KioskStyle.setButtonText(feePaying, m.text(state.feePayingChosen() ? "idle.bhyt" : "idle.feePaying"));
        KioskStyle.setButtonText(language, m.text("idle.language"));
    }
}
