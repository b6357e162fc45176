package vn.tiepdon.desk;

import java.awt.BorderLayout;
import java.awt.Font;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;

/**
 * Bottom area: the selected ticket's lookup, with the staff message that says what to fix, and its
 * chip portrait when the patient checked in with the chip.
 */
final class DetailPanel extends JPanel {
    private final JLabel heading = DeskStyle.label(" ", Font.BOLD, 16, DeskStyle.TEXT);
    private final JTextArea message = new JTextArea(3, 60);
    private final JLabel details = DeskStyle.label(" ", Font.PLAIN, 13, DeskStyle.MUTED);
    private final PortraitBox portrait = new PortraitBox(96, 120);

    DetailPanel() {
        super(new BorderLayout(0, 4));
        setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, DeskStyle.MUTED),
                BorderFactory.createEmptyBorder(8, 16, 10, 16)));
        message.setLineWrap(true);
        message.setWrapStyleWord(true);
        message.setEditable(false);
        message.setOpaque(false);
        message.setFont(DeskStyle.font(Font.PLAIN, 16));
        add(heading, BorderLayout.NORTH);
        add(message, BorderLayout.CENTER);
        add(details, BorderLayout.SOUTH);
        add(portrait, BorderLayout.EAST);
    }

    void show(Optional<DeskTicket> ticket, DeskSnapshot s, DeskMessages m) {
        portrait.show(ticket.map(s::portraitOf).orElseGet(DeskPortrait.Nothing::new));
        if (ticket.isEmpty()) {
            heading.setText(m.text("detail.title"));
            heading.setForeground(DeskStyle.TEXT);
            message.setText(m.text("detail.none"));
            message.setForeground(DeskStyle.MUTED);
            details.setText(" ");
            return;
        }
        DeskTicket t = ticket.get();
        LookupStatus lookup = t.lookup();
        heading.setText(t.number() + " · " + t.who() + " · " + lookup.label());
        heading.setForeground(DeskStyle.foreground(lookup.category()));
        message.setText(lookup.staffMessage());
        message.setForeground(t.needsAttention() ? DeskStyle.PROBLEM : DeskStyle.TEXT);
        details.setText(lookup.details().isEmpty() ? " " : lookup.details());
    }
}
