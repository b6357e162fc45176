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

/** The waiting screen: what to do with the card, "type the number", and the language switch. */
final class IdlePanel extends JPanel {
    private final JLabel hospital = KioskStyle.label("", Font.BOLD, 30, KioskStyle.PRIMARY);
    private final JLabel title = KioskStyle.paragraph(Font.BOLD, 48, KioskStyle.TEXT);
    private final JLabel subtitle = KioskStyle.paragraph(Font.PLAIN, 28, KioskStyle.TEXT);
    private final JButton type = KioskStyle.button("", true);
    private final JButton language = KioskStyle.button("", false);

    IdlePanel(Runnable onType, Runnable onLanguage) {
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
        c.insets = new Insets(48, 0, 0, 0);
        middle.add(type, c);
        add(middle, BorderLayout.CENTER);

        JPanel bottom = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        bottom.setOpaque(false);
        bottom.add(language);
        add(bottom, BorderLayout.SOUTH);

        type.addActionListener(e -> onType.run());
        language.addActionListener(e -> onLanguage.run());
    }

    void show(String hospitalName, KioskMessages m) {
        hospital.setText(hospitalName);
        KioskStyle.setParagraph(title, m.text("idle.title"));
        KioskStyle.setParagraph(subtitle, m.text("idle.subtitle"));
        KioskStyle.setButtonText(type, m.text("idle.type"));
        KioskStyle.setButtonText(language, m.text("idle.language"));
    }
}
