package vn.tiepdon.desk;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import vn.tiepdon.core.api.LookupOverride;

/**
 * The override dialog's content, a thin view of {@link LookupFix}: the lookup's class and staff
 * text, the values sent, the choice (re-run with corrections, paper card, VssID, fee-paying), the
 * fields with what is wrong in each, the required reason (OK stays disabled with a hint until
 * one is typed), the server's answer or refusal, and the changes already made.
 */
final class LookupFixPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient LookupFix fix;
    private final transient DeskMessages m;
    private final transient Executor background;
    private final JLabel heading = DeskStyle.label(" ", Font.BOLD, 20, DeskStyle.TEXT);
    private final JLabel lookupClass = DeskStyle.label(" ", Font.BOLD, 16, DeskStyle.TEXT);
    private final JTextArea staff = DeskStyle.textArea(2, 15, DeskStyle.PROBLEM);
    private final JLabel sent = DeskStyle.label(" ", Font.PLAIN, 15, DeskStyle.TEXT);
    private final Map<LookupOverride.Action, JRadioButton> actions = new EnumMap<>(LookupOverride.Action.class);
    private final Map<LookupFix.Field, JTextField> fields = new EnumMap<>(LookupFix.Field.class);
    private final Map<LookupFix.Field, JLabel> problems = new EnumMap<>(LookupFix.Field.class);
    private final JLabel hint = DeskStyle.label(" ", Font.BOLD, 15, DeskStyle.PROBLEM);
    private final JTextArea result = DeskStyle.textArea(2, 16, DeskStyle.TEXT);
    private final JTextArea audit = DeskStyle.textArea(2, 13, DeskStyle.MUTED);
    private final JButton ok;
    private boolean drawing;

    /**
     * @param background where the override and the audit are sent (off the screen's thread); the
     *                   panel redraws on the EDT afterwards
     */
    LookupFixPanel(LookupFix fix, Executor background, Runnable onClose) {
        super(new BorderLayout(0, 8));
        this.fix = fix;
        this.m = fix.messages();
        this.background = background;
        setName("fix");
        setBorder(BorderFactory.createEmptyBorder(14, 20, 14, 20));

        JPanel top = new JPanel(new GridBagLayout());
        GridBagConstraints c = row(0);
        top.add(heading, c);
        lookupClass.setOpaque(true);
        lookupClass.setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
        c = row(1);
        c.fill = GridBagConstraints.NONE;
        top.add(lookupClass, c);
        top.add(staff, row(2));
        sent.setName("fix.sent");
        top.add(sent, row(3));
        add(top, BorderLayout.NORTH);

        JPanel form = new JPanel(new GridBagLayout());
        ButtonGroup group = new ButtonGroup();
        JPanel choice = new JPanel(new java.awt.GridLayout(2, 2, 12, 2));
        for (LookupOverride.Action a : LookupOverride.Action.values()) {
            JRadioButton r = new JRadioButton(m.text("fix.action." + a));
            r.setName("fix.action." + a);
            r.setFont(DeskStyle.font(Font.BOLD, 15));
            r.addActionListener(e -> {
                fix.action(a);
                redraw();
            });
            group.add(r);
            actions.put(a, r);
            choice.add(r);
        }
        c = row(0);
        c.gridwidth = 3;
        form.add(choice, c);
        int y = 1;
        for (LookupFix.Field f : LookupFix.Field.values()) {
            JTextField field = new JTextField(f == LookupFix.Field.REASON ? 34 : 22);
            field.setName("fix.field." + f);
            field.setFont(DeskStyle.font(Font.PLAIN, 17));
            field.setText(valueOf(f));
            DeskDialogs.onEdit(field, () -> edited(f, field.getText()));
            fields.put(f, field);
            JLabel label = DeskStyle.label(m.text("fix.field." + f), Font.BOLD, 15, DeskStyle.TEXT);
            JLabel problem = DeskStyle.label(" ", Font.PLAIN, 13, DeskStyle.PROBLEM);
            problem.setName("fix.problem." + f);
            problems.put(f, problem);
            GridBagConstraints l = new GridBagConstraints();
            l.gridx = 0;
            l.gridy = y;
            l.anchor = GridBagConstraints.WEST;
            l.insets = new Insets(4, 0, 0, 12);
            form.add(label, l);
            GridBagConstraints v = new GridBagConstraints();
            v.gridx = 1;
            v.gridy = y;
            v.weightx = 1;
            v.fill = GridBagConstraints.HORIZONTAL;
            v.insets = new Insets(4, 0, 0, 0);
            form.add(field, v);
            GridBagConstraints h = new GridBagConstraints();
            h.gridx = 1;
            h.gridy = y + 1;
            h.anchor = GridBagConstraints.WEST;
            h.fill = GridBagConstraints.HORIZONTAL;
            JPanel under = new JPanel(new BorderLayout(8, 0));
            under.add(problem, BorderLayout.CENTER);
            String keep = m.text("fix.keep." + f);
            if (!keep.equals("fix.keep." + f)) {
                under.add(DeskStyle.label(keep, Font.PLAIN, 12, DeskStyle.MUTED), BorderLayout.EAST);
            }
            form.add(under, h);
            y += 2;
        }
        add(form, BorderLayout.CENTER);

        JPanel bottom = new JPanel(new BorderLayout(0, 6));
        result.setName("fix.result");
        result.setOpaque(true);
        result.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        bottom.add(result, BorderLayout.NORTH);
        JPanel history = new JPanel(new BorderLayout(0, 2));
        history.add(DeskStyle.label(m.text("fix.audit.title"), Font.BOLD, 13, DeskStyle.MUTED), BorderLayout.NORTH);
        audit.setName("fix.audit");
        history.add(audit, BorderLayout.CENTER);
        bottom.add(history, BorderLayout.CENTER);
        ok = new JButton(m.text("fix.ok"));
        ok.setName("fix.ok");
        ok.setFont(DeskStyle.font(Font.BOLD, 17));
        ok.addActionListener(e -> send());
        JButton close = new JButton(m.text("dialog.close"));
        close.setName("fix.close");
        close.setFont(DeskStyle.font(Font.PLAIN, 17));
        close.addActionListener(e -> onClose.run());
        hint.setName("fix.hint");
        JPanel buttons = new JPanel(new BorderLayout(12, 0));
        buttons.add(hint, BorderLayout.CENTER);
        JPanel pair = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        pair.add(close);
        pair.add(ok);
        buttons.add(pair, BorderLayout.EAST);
        bottom.add(buttons, BorderLayout.SOUTH);
        add(bottom, BorderLayout.SOUTH);
        redraw();
    }

    JButton ok() {
        return ok;
    }

    /** Loads the lookup's audit in the background, then redraws. */
    void loadAudit() {
        background.execute(() -> {
            fix.loadAudit();
            SwingUtilities.invokeLater(this::redraw);
        });
    }

    private void send() {
        if (!fix.canSend()) {
            return;
        }
        background.execute(() -> {
            fix.send();
            SwingUtilities.invokeLater(this::redraw);
        });
        redraw();
    }

    private void edited(LookupFix.Field f, String text) {
        if (drawing) {
            return;
        }
        switch (f) {
            case FULL_NAME -> fix.fullName(text);
            case ID_NUMBER -> fix.idNumber(text);
            case CARD_NUMBER -> fix.cardNumber(text);
            case DATE_OF_BIRTH -> fix.dateOfBirth(text);
            case REASON -> fix.reason(text);
        }
        redraw();
    }

    private String valueOf(LookupFix.Field f) {
        return switch (f) {
            case FULL_NAME -> fix.fullName();
            case ID_NUMBER -> fix.idNumber();
            case CARD_NUMBER -> fix.cardNumber();
            case DATE_OF_BIRTH -> fix.dateOfBirth();
            case REASON -> fix.reason();
        };
    }

    /** Redraws everything from the form. */
    void redraw() {
        drawing = true;
        try {
            DeskTicket t = fix.ticket();
            heading.setText(m.text("fix.heading", t.number(), t.who()));
            LookupStatus status = t.lookup();
            lookupClass.setText(status.label());
            lookupClass.setForeground(DeskStyle.foreground(status.category()));
            lookupClass.setBackground(DeskStyle.background(status.category()));
            staff.setText(status.staffMessage());
            staff.setForeground(t.needsAttention() ? DeskStyle.PROBLEM : DeskStyle.TEXT);
            sent.setText(fix.sentValues());
            actions.get(fix.action()).setSelected(true);
            Map<LookupFix.Field, String> wrong = fix.problems();
            boolean open = !fix.fixed() && !fix.sending();
            actions.values().forEach(r -> r.setEnabled(open));
            fields.forEach((f, field) -> {
                field.setEnabled(open && fix.uses(f));
                String problem = f == LookupFix.Field.REASON ? null : wrong.get(f);
                problems.get(f).setText(problem != null && fix.uses(f) ? problem : " ");
            });
            ok.setEnabled(fix.canSend());
            hint.setText(fix.hint().orElse(" "));
            Optional<String> answer = fix.resultText();
            result.setVisible(answer.isPresent());
            result.setText(answer.orElse(""));
            boolean good = fix.result().filter(r -> r instanceof LookupFix.Result.Answered).isPresent();
            LookupCategory shade = good ? status.category() : LookupCategory.FAILED;
            result.setBackground(DeskStyle.background(shade));
            result.setForeground(DeskStyle.foreground(shade));
            audit.setText(String.join("\n", fix.auditLines()));
        } finally {
            drawing = false;
        }
    }

    private static GridBagConstraints row(int y) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = y;
        c.weightx = 1;
        c.anchor = GridBagConstraints.WEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(0, 0, 4, 0);
        return c;
    }
}
