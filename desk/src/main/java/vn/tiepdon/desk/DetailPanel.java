package vn.tiepdon.desk;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;

/**
 * Below the lists: the selected ticket (or, with nothing selected, the current one) — its lookup
 * with the staff message that says what to fix, a warning when another facility checked the card
 * recently (a possible concurrent visit), a transfer's note, and its chip portrait when the patient
 * checked in with the chip; beside its heading the button of the visit history
 * ({@link TicketAction#VISIT_HISTORY}) and beside the lookup's message the button of the proof of a
 * failed lookup ({@link TicketAction#PROOF}), which act on the same ticket.
 */
final class DetailPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final JLabel heading = DeskStyle.label(" ", Font.BOLD, 16, DeskStyle.TEXT);
    private final JTextArea message = DeskStyle.textArea(2, 16, DeskStyle.TEXT);
    private final JLabel note = DeskStyle.label(" ", Font.BOLD, 15, DeskStyle.NOTE_TEXT);
    private final JLabel details = DeskStyle.label(" ", Font.PLAIN, 13, DeskStyle.MUTED);
    private final JTextArea warning = DeskStyle.textArea(1, 15, DeskStyle.foreground(LookupCategory.WARNING));
    private final PortraitBox portrait = new PortraitBox(88, 110);
    private final transient Clock clock;

    /** @param clock now, for "today" and "yesterday" in the warning */
    DetailPanel(Clock clock, DeskButtons buttons) {
        super(new BorderLayout(8, 4));
        this.clock = Objects.requireNonNull(clock);
        setName("detail");
        setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, DeskStyle.MUTED),
                BorderFactory.createEmptyBorder(6, 12, 8, 12)));
        note.setOpaque(true);
        note.setBackground(DeskStyle.NOTE_BACKGROUND);
        note.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        JPanel text = new JPanel(new BorderLayout(0, 4));
        text.setOpaque(false);
        JButton history = buttons.action(TicketAction.VISIT_HISTORY);
        history.setPreferredSize(new Dimension(210, 34));
        JButton proof = buttons.action(TicketAction.PROOF);
        proof.setPreferredSize(new Dimension(270, 34));
        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.setOpaque(false);
        top.add(heading, BorderLayout.CENTER);
        top.add(history, BorderLayout.EAST);
        text.add(top, BorderLayout.NORTH);
        // the proof of the lookup beside the lookup's message
        JPanel lookupRow = new JPanel(new BorderLayout(8, 0));
        lookupRow.setOpaque(false);
        lookupRow.add(message, BorderLayout.CENTER);
        JPanel proofCell = new JPanel(new BorderLayout());
        proofCell.setOpaque(false);
        proofCell.add(proof, BorderLayout.NORTH);
        lookupRow.add(proofCell, BorderLayout.EAST);
        text.add(lookupRow, BorderLayout.CENTER);
        warning.setName("detail.warning");
        warning.setFont(DeskStyle.font(Font.BOLD, 15));
        warning.setOpaque(true);
        warning.setBackground(DeskStyle.background(LookupCategory.WARNING));
        warning.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        JPanel below = new JPanel(new BorderLayout(0, 2));
        below.setOpaque(false);
        below.add(warning, BorderLayout.NORTH);
        below.add(note, BorderLayout.CENTER);
        below.add(details, BorderLayout.SOUTH);
        text.add(below, BorderLayout.SOUTH);
        add(text, BorderLayout.CENTER);
        add(portrait, BorderLayout.EAST);
    }

    /** {@code selected}: the ticket picked in a list; else the current one is shown. */
    void show(Optional<DeskTicket> selected, DeskSnapshot s, DeskMessages m) {
        Optional<DeskTicket> ticket = selected.or(s::current);
        portrait.show(ticket.map(s::portraitOf).orElseGet(DeskPortrait.Nothing::new));
        if (ticket.isEmpty()) {
            heading.setText(m.text("detail.title"));
            heading.setForeground(DeskStyle.TEXT);
            message.setText(m.text("detail.none"));
            message.setForeground(DeskStyle.MUTED);
            note.setVisible(false);
            warning.setVisible(false);
            details.setText(" ");
            return;
        }
        DeskTicket t = ticket.get();
        LookupStatus lookup = t.lookup();
        heading.setText(m.text(selected.isPresent() ? "detail.selected" : "detail.current", t.number(), t.who(),
                lookup.label()));
        heading.setForeground(DeskStyle.foreground(lookup.category()));
        message.setText(lookup.staffMessage());
        message.setForeground(t.needsAttention() ? DeskStyle.PROBLEM : DeskStyle.TEXT);
        Optional<String> elsewhere = OtherFacilityWarning.of(t.ticket().lookup(), m, clock);
        warning.setVisible(elsewhere.isPresent());
        warning.setText(elsewhere.orElse(""));
        note.setVisible(t.note().isPresent());
        note.setText(t.note().map(n -> m.text("detail.note", n)).orElse(" "));
        details.setText(lookup.details().isEmpty() ? " " : lookup.details());
    }
}
