package vn.tiepdon.desk;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.tiepdon.core.queue.CounterVerb;

/** Left column: the ticket now at this counter, and a button for each counter verb ({@link VerbButton}). */
final class CurrentTicketPanel extends JPanel {
    private final JLabel number = DeskStyle.label(" ", Font.BOLD, 72, DeskStyle.PRIMARY);
    private final JLabel queue = DeskStyle.label(" ", Font.PLAIN, 18, DeskStyle.MUTED);
    private final JLabel who = DeskStyle.label(" ", Font.BOLD, 22, DeskStyle.TEXT);
    private final JLabel lookup = DeskStyle.label(" ", Font.BOLD, 16, DeskStyle.TEXT);
    private final JTextArea staffMessage = new JTextArea(3, 24);
    private final PortraitBox portrait = new PortraitBox(120, 150);
    private final Map<VerbButton, JButton> buttons = new LinkedHashMap<>();

    CurrentTicketPanel(DeskMessages m, Consumer<CounterVerb> onVerb) {
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createEmptyBorder(12, 16, 12, 16));
        setPreferredSize(new Dimension(440, 600));
        lookup.setOpaque(true);
        lookup.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));
        staffMessage.setLineWrap(true);
        staffMessage.setWrapStyleWord(true);
        staffMessage.setEditable(false);
        staffMessage.setOpaque(false);
        staffMessage.setFont(DeskStyle.font(Font.PLAIN, 15));
        staffMessage.setForeground(DeskStyle.PROBLEM);

        List<JButton> secondary = new ArrayList<>();
        List<JButton> primary = new ArrayList<>();
        for (VerbButton vb : VerbButton.ALL) {
            String text = m.text(vb.textKey()) + " (" + vb.shortcut() + ")";
            JButton b = vb.primary() ? button(text, 22, 72, () -> onVerb.accept(vb.verb()))
                    : button(text, 15, 48, () -> onVerb.accept(vb.verb()));
            if (vb.primary()) {
                b.setBackground(DeskStyle.PRIMARY);
                b.setForeground(java.awt.Color.WHITE);
                primary.add(b);
            } else {
                secondary.add(b);
            }
            buttons.put(vb, b);
        }

        JPanel ticket = new JPanel();
        ticket.setLayout(new BoxLayout(ticket, BoxLayout.Y_AXIS));
        ticket.setOpaque(false);
        ticket.add(left(DeskStyle.label(m.text("current.title"), Font.BOLD, 16, DeskStyle.MUTED)));
        ticket.add(left(number));
        ticket.add(left(queue));
        JPanel top = new JPanel(new BorderLayout(12, 0));
        top.setOpaque(false);
        top.add(ticket, BorderLayout.CENTER);
        top.add(portrait, BorderLayout.EAST);
        top.setMaximumSize(new Dimension(Integer.MAX_VALUE, 160));
        add(left(top));
        add(left(who));
        add(Box.createVerticalStrut(6));
        add(left(lookup));
        add(Box.createVerticalStrut(6));
        add(left(staffMessage));
        add(Box.createVerticalGlue());
        for (JButton b : primary) {
            add(left(b));
            add(Box.createVerticalStrut(10));
        }
        JPanel others = new JPanel(new GridLayout(0, 3, 8, 8));
        secondary.forEach(others::add);
        int rows = (secondary.size() + 2) / 3;
        others.setMaximumSize(new Dimension(Integer.MAX_VALUE, 48 * rows + 8 * (rows - 1)));
        add(left(others));
    }

    void show(DeskSnapshot s, DeskMessages m) {
        if (s.current().isPresent()) {
            DeskTicket t = s.current().get();
            number.setText(t.number());
            queue.setText(t.ticket().queueName());
            who.setText(t.who());
            showLookup(t.lookup());
            staffMessage.setText(t.needsAttention() ? t.lookup().staffMessage() : "");
            portrait.show(s.portraitOf(t));
        } else {
            portrait.show(new DeskPortrait.Nothing());
            number.setText("—");
            queue.setText(m.text("current.none"));
            who.setText(" ");
            lookup.setVisible(false);
            staffMessage.setText("");
        }
        buttons.forEach((vb, b) -> b.setEnabled(vb.enabled().test(s)));
    }

    private void showLookup(LookupStatus status) {
        lookup.setVisible(true);
        lookup.setText(status.label());
        lookup.setForeground(DeskStyle.foreground(status.category()));
        lookup.setBackground(DeskStyle.background(status.category()));
    }

    private static JButton button(String text, float size, int height, Runnable action) {
        JButton b = new JButton(text);
        b.setFont(DeskStyle.font(Font.BOLD, size));
        b.setMargin(new Insets(4, 2, 4, 2));
        b.setMaximumSize(new Dimension(Integer.MAX_VALUE, height));
        b.setPreferredSize(new Dimension(200, height));
        b.addActionListener(e -> action.run());
        return b;
    }

    private static JComponent left(JComponent c) {
        c.setAlignmentX(LEFT_ALIGNMENT);
        return c;
    }
}
