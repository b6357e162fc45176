package vn.tiepdon.desk;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;

/**
 * The transfer dialog's content, a thin view of {@link TransferForm}: the ticket, where it goes
 * (a queue, or one counter), the note for the receiving desk, and why OK is not possible yet.
 */
final class TransferPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient TransferForm form;
    private final Map<TransferForm.Target, JRadioButton> targets = new LinkedHashMap<>();
    private final JTextField note = new JTextField(30);
    private final JLabel hint = DeskStyle.label(" ", Font.PLAIN, 15, DeskStyle.PROBLEM);
    private final JButton ok;
    private final JButton cancel;

    TransferPanel(TransferForm form, DeskMessages m, Runnable onOk, Runnable onCancel) {
        super(new BorderLayout(0, 10));
        this.form = form;
        setName("transfer");
        setBorder(BorderFactory.createEmptyBorder(16, 20, 16, 20));
        DeskTicket t = form.ticket();
        add(DeskStyle.label(m.text("transfer.heading", t.number(), t.who()), Font.BOLD, 20, DeskStyle.TEXT),
                BorderLayout.NORTH);

        JPanel body = new JPanel();
        body.setLayout(new BoxLayout(body, BoxLayout.Y_AXIS));
        ButtonGroup group = new ButtonGroup();
        JPanel queues = column(m.text("transfer.toQueue"));
        JPanel counters = column(m.text("transfer.toCounter"));
        for (TransferForm.Target target : form.targets()) {
            JRadioButton r = new JRadioButton(target.name());
            r.setFont(DeskStyle.font(Font.PLAIN, 17));
            r.setName("transfer.target." + target.name());
            r.addActionListener(e -> {
                form.choose(target);
                refresh();
            });
            group.add(r);
            targets.put(target, r);
            (target instanceof TransferForm.ToQueue ? queues : counters).add(r);
        }
        JPanel where = new JPanel(new GridLayout(1, 2, 24, 0));
        where.add(queues);
        where.add(counters);
        where.setAlignmentX(LEFT_ALIGNMENT);
        body.add(where);
        body.add(Box.createVerticalStrut(12));
        JLabel noteLabel = DeskStyle.label(m.text("transfer.note"), Font.BOLD, 16, DeskStyle.TEXT);
        noteLabel.setAlignmentX(LEFT_ALIGNMENT);
        body.add(noteLabel);
        note.setName("transfer.note");
        note.setFont(DeskStyle.font(Font.PLAIN, 17));
        note.setAlignmentX(LEFT_ALIGNMENT);
        note.setText(form.note());
        DeskDialogs.onEdit(note, () -> {
            form.note(note.getText());
            refresh();
        });
        body.add(note);
        body.add(Box.createVerticalStrut(6));
        hint.setName("transfer.hint");
        hint.setAlignmentX(LEFT_ALIGNMENT);
        body.add(hint);
        add(body, BorderLayout.CENTER);

        ok = new JButton(m.text("transfer.ok"));
        ok.setName("transfer.ok");
        ok.setFont(DeskStyle.font(Font.BOLD, 17));
        ok.addActionListener(e -> {
            if (form.canSend()) {
                onOk.run();
            }
        });
        cancel = new JButton(m.text("dialog.cancel"));
        cancel.setFont(DeskStyle.font(Font.PLAIN, 17));
        cancel.addActionListener(e -> onCancel.run());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        buttons.add(cancel);
        buttons.add(ok);
        add(buttons, BorderLayout.SOUTH);
        refresh();
    }

    JButton ok() {
        return ok;
    }

    /** Redraws from the form: the chosen target, OK enabled or the hint saying why not. */
    void refresh() {
        form.chosen().ifPresent(c -> targets.get(c).setSelected(true));
        ok.setEnabled(form.canSend());
        hint.setText(form.problem().orElse(" "));
    }

    private JPanel column(String title) {
        JPanel p = new JPanel();
        p.setLayout(new BoxLayout(p, BoxLayout.Y_AXIS));
        JLabel l = DeskStyle.label(title, Font.BOLD, 15, DeskStyle.MUTED);
        p.add(l);
        p.add(Box.createVerticalStrut(4));
        return p;
    }

    String hintText() {
        return hint.getText();
    }

    JComponent noteField() {
        return note;
    }
}
