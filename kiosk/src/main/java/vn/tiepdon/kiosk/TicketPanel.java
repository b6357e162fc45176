package vn.tiepdon.kiosk;

import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The issued ticket: the number very large, the queue, the clinic and its room when the patient
 * chose one, the lookup result, the instruction, and either "take your slip" or the printer notice
 * (then the number is all the patient has).
 */
final class TicketPanel extends JPanel {
    static final float NUMBER_SIZE = 160;

    private final JLabel header = KioskStyle.label("", Font.PLAIN, 34, KioskStyle.TEXT);
    private final JLabel number = KioskStyle.label("", Font.BOLD, NUMBER_SIZE, KioskStyle.PRIMARY);
    private final JLabel queue = KioskStyle.label("", Font.BOLD, 40, KioskStyle.TEXT);
    private final JLabel clinic = KioskStyle.paragraph(Font.BOLD, 34, KioskStyle.TEXT);
    private final JLabel room = KioskStyle.paragraph(Font.BOLD, 40, KioskStyle.PRIMARY);
    private final JLabel choice = KioskStyle.paragraph(Font.BOLD, 28, KioskStyle.PROBLEM);
    private final JLabel lookup = KioskStyle.paragraph(Font.BOLD, 30, KioskStyle.OK);
    private final JLabel instruction = KioskStyle.paragraph(Font.PLAIN, 32, KioskStyle.TEXT);
    private final JLabel printer = KioskStyle.paragraph(Font.BOLD, 32, KioskStyle.TEXT);
    private final JLabel chip = KioskStyle.paragraph(Font.PLAIN, 28, KioskStyle.PROBLEM);
    private final JButton done = KioskStyle.button("", true);

    TicketPanel(Runnable onDone) {
        super(new GridBagLayout());
        setBackground(KioskStyle.BACKGROUND);
        printer.setOpaque(true);
        printer.setBorder(BorderFactory.createEmptyBorder(16, 24, 16, 24));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new Insets(6, 0, 6, 0);
        add(header, c);
        add(number, c);
        add(queue, c);
        add(clinic, c);
        add(room, c);
        c.insets = new Insets(14, 0, 6, 0);
        add(lookup, c);
        add(instruction, c);
        add(chip, c);
        add(choice, c);
        add(printer, c);
        c.insets = new Insets(28, 0, 0, 0);
        add(done, c);
        done.addActionListener(e -> onDone.run());
    }

    void show(KioskState.Ticket ticket, KioskMessages m) {
        header.setText(m.text("ticket.header"));
        number.setText(ticket.number());
        queue.setText(ticket.queueName());
        clinic.setVisible(ticket.clinic().isPresent());
        KioskStyle.setParagraph(clinic, ticket.clinic().orElse(""));
        room.setVisible(ticket.room().isPresent());
        KioskStyle.setParagraph(room, ticket.room().orElse(""));
        choice.setVisible(ticket.choiceNotice().isPresent());
        KioskStyle.setParagraph(choice, ticket.choiceNotice().orElse(""));
        lookup.setForeground(KioskStyle.colourOf(ticket.lookupClass()));
        KioskStyle.setParagraph(lookup, ticket.lookupLabel());
        KioskStyle.setParagraph(instruction, ticket.instruction());
        chip.setVisible(ticket.chipNotice().isPresent());
        KioskStyle.setParagraph(chip, ticket.chipNotice().orElse(""));
        if (ticket.printerNotice().isPresent()) {
            printer.setBackground(KioskStyle.PROBLEM_BACKGROUND);
            printer.setForeground(KioskStyle.PROBLEM);
            KioskStyle.setParagraph(printer, ticket.printerNotice().get());
        } else {
            printer.setBackground(KioskStyle.BACKGROUND);
            printer.setForeground(KioskStyle.TEXT);
            KioskStyle.setParagraph(printer, m.text("ticket.take"));
        }
        KioskStyle.setButtonText(done, m.text("ticket.done"));
    }
}
