package vn.tiepdon.desk;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import vn.tiepdon.core.queue.CounterVerb;

/**
 * Left column: the ticket now at this counter (number, queue, who, lookup, the staff message and,
 * prominently, the note of a ticket transferred here), the field to call a chosen number, and the
 * buttons of the counter verbs and of transfer and lookup fixing.
 */
final class CurrentTicketPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final JLabel number = DeskStyle.label(" ", Font.BOLD, 68, DeskStyle.PRIMARY);
    private final JLabel queue = DeskStyle.label(" ", Font.PLAIN, 18, DeskStyle.MUTED);
    private final JLabel who = DeskStyle.label(" ", Font.BOLD, 22, DeskStyle.TEXT);
    private final JLabel lookup = DeskStyle.label(" ", Font.BOLD, 16, DeskStyle.TEXT);
    private final JTextArea staffMessage = DeskStyle.textArea(3, 15, DeskStyle.PROBLEM);
    private final JPanel noteBox = new JPanel(new BorderLayout(0, 2));
    private final JLabel noteHeading = DeskStyle.label(" ", Font.BOLD, 15, DeskStyle.NOTE_TEXT);
    private final JTextArea note = DeskStyle.textArea(2, 16, DeskStyle.NOTE_TEXT);
    private final PortraitBox portrait = new PortraitBox(120, 150);
    private final JTextField callField = new JTextField(6);

    CurrentTicketPanel(DeskMessages m, DeskButtons buttons) {
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createEmptyBorder(10, 16, 10, 12));
        setPreferredSize(new Dimension(440, 600));
        lookup.setOpaque(true);
        lookup.setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));
        note.setFont(DeskStyle.font(Font.BOLD, 16));
        noteBox.setBackground(DeskStyle.NOTE_BACKGROUND);
        noteBox.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 6, 0, 0,
                DeskStyle.NOTE_BORDER), BorderFactory.createEmptyBorder(6, 10, 6, 8)));
        noteBox.add(noteHeading, BorderLayout.NORTH);
        noteBox.add(note, BorderLayout.CENTER);
        noteBox.setName("current.note");
        noteBox.setVisible(false);

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
        top.setMaximumSize(new Dimension(Integer.MAX_VALUE, 156));
        add(left(top));
        add(left(who));
        add(Box.createVerticalStrut(4));
        add(left(lookup));
        add(Box.createVerticalStrut(4));
        add(left(staffMessage));
        add(Box.createVerticalStrut(4));
        add(left(noteBox));
        add(Box.createVerticalGlue());

        callField.setName("call.number");
        callField.setFont(DeskStyle.font(Font.BOLD, 20));
        callField.setToolTipText(m.text("call.hint"));
        DeskKeys.leaveToDesk(callField);
        JPanel call = new JPanel(new BorderLayout(8, 0));
        call.setOpaque(false);
        call.add(DeskStyle.label(m.text("call.label"), Font.BOLD, 16, DeskStyle.TEXT), BorderLayout.WEST);
        call.add(callField, BorderLayout.CENTER);
        JButton callButton = buttons.action(TicketAction.CALL);
        callButton.setPreferredSize(new Dimension(170, 40));
        call.add(callButton, BorderLayout.EAST);
        call.setMaximumSize(new Dimension(Integer.MAX_VALUE, 42));
        add(left(call));
        add(Box.createVerticalStrut(8));

        JPanel others = new JPanel(new GridLayout(0, 2, 8, 8));
        others.setOpaque(false);
        for (VerbButton vb : VerbButton.ALL) {
            if (vb.primary()) {
                add(left(buttons.verb(vb)));
                add(Box.createVerticalStrut(8));
            } else if (vb.verb() != CounterVerb.PAUSE && vb.verb() != CounterVerb.RESUME) {
                others.add(buttons.verb(vb));
            }
        }
        for (TicketAction a : List.of(TicketAction.TRANSFER, TicketAction.FIX_LOOKUP)) {
            others.add(buttons.action(a));
        }
        for (VerbButton vb : VerbButton.ALL) {
            if (vb.verb() == CounterVerb.PAUSE || vb.verb() == CounterVerb.RESUME) {
                others.add(buttons.verb(vb));
            }
        }
        int rows = (others.getComponentCount() + 1) / 2;
        others.setMaximumSize(new Dimension(Integer.MAX_VALUE, 44 * rows + 8 * (rows - 1)));
        add(left(others));
    }

    /** 440 px wide on a 1366 px screen; narrower (not under 360) on a narrow window, so the lists keep their columns. */
    @Override
    public Dimension getPreferredSize() {
        Dimension d = super.getPreferredSize();
        int parentWidth = getParent() == null ? 0 : getParent().getWidth();
        int width = parentWidth <= 0 ? 440 : Math.max(360, Math.min(440, parentWidth * 34 / 100));
        return new Dimension(width, d.height);
    }

    JTextField callField() {
        return callField;
    }

    void show(DeskSnapshot s, DeskMessages m) {
        if (s.current().isPresent()) {
            DeskTicket t = s.current().get();
            number.setText(t.number());
            queue.setText(t.ticket().queueName());
            who.setText(t.who());
            showLookup(t.lookup());
            staffMessage.setText(t.needsAttention() ? t.lookup().staffMessage() : "");
            staffMessage.setVisible(t.needsAttention());
            portrait.show(s.portraitOf(t));
            Optional<String> text = t.note();
            noteBox.setVisible(text.isPresent() || t.reservedFor(s.counterId()));
            noteHeading.setText(m.text(t.reservedFor(s.counterId()) ? "current.note.reservedHere" : "current.note"));
            note.setText(text.orElse(m.text("current.note.none")));
        } else {
            portrait.show(new DeskPortrait.Nothing());
            number.setText("—");
            queue.setText(m.text("current.none"));
            who.setText(" ");
            lookup.setVisible(false);
            staffMessage.setText("");
            staffMessage.setVisible(false);
            noteBox.setVisible(false);
        }
        number.setForeground(s.paused() ? DeskStyle.MUTED : DeskStyle.PRIMARY);
    }

    private void showLookup(LookupStatus status) {
        lookup.setVisible(true);
        lookup.setText(status.label());
        lookup.setForeground(DeskStyle.foreground(status.category()));
        lookup.setBackground(DeskStyle.background(status.category()));
    }

    private static JComponent left(JComponent c) {
        c.setAlignmentX(LEFT_ALIGNMENT);
        return c;
    }
}
