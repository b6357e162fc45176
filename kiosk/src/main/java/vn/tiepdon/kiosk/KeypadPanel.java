package vn.tiepdon.kiosk;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** The numeric keypad: number first, then the birth year or date. All rules are in {@link KeypadModel}. */
final class KeypadPanel extends JPanel {
    private final JLabel prompt = KioskStyle.paragraph(Font.BOLD, 34, KioskStyle.TEXT);
    private final JLabel field = KioskStyle.label(" ", Font.BOLD, 64, KioskStyle.PRIMARY);
    private final JLabel problem = KioskStyle.paragraph(Font.PLAIN, 28, KioskStyle.PROBLEM);
    private final JButton delete = KioskStyle.button("", false);
    private final JButton confirm = KioskStyle.button("", true);
    private final JButton back = KioskStyle.button("", false);
    private final Consumer<KeypadModel.Entry> onEntry;
    private final Runnable onLeave;
    private final Runnable onActivity;
    private KeypadModel keypad;
    private KioskMessages messages;

    KeypadPanel(Consumer<KeypadModel.Entry> onEntry, Runnable onLeave, Runnable onActivity) {
        super(new GridBagLayout());
        this.onEntry = onEntry;
        this.onLeave = onLeave;
        this.onActivity = onActivity;
        setBackground(KioskStyle.BACKGROUND);
        field.setOpaque(true);
        field.setBackground(java.awt.Color.WHITE);
        field.setBorder(BorderFactory.createLineBorder(KioskStyle.PRIMARY, 3));
        field.setPreferredSize(new Dimension(720, 110));

        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new Insets(10, 0, 10, 0);
        add(prompt, c);
        add(field, c);
        add(problem, c);
        add(keys(), c);
        JPanel bottom = new JPanel(new FlowLayout(FlowLayout.CENTER, 24, 0));
        bottom.setOpaque(false);
        bottom.add(back);
        bottom.add(confirm);
        c.insets = new Insets(24, 0, 0, 0);
        add(bottom, c);

        delete.addActionListener(e -> act(() -> keypad.delete()));
        confirm.addActionListener(e -> act(this::confirm));
        back.addActionListener(e -> act(this::back));
    }

    /** Starts a fresh entry. */
    void begin(KeypadModel model, KioskMessages m) {
        this.keypad = model;
        this.messages = m;
        refresh();
    }

    private JPanel keys() {
        JPanel keys = new JPanel(new BorderLayout());
        keys.setOpaque(false);
        JPanel grid = new JPanel(new GridLayout(4, 3, 12, 12));
        grid.setOpaque(false);
        for (char d : "123456789".toCharArray()) {
            grid.add(digit(d));
        }
        grid.add(delete);
        grid.add(digit('0'));
        grid.add(new JLabel());
        keys.add(grid, BorderLayout.CENTER);
        keys.setPreferredSize(new Dimension(560, 4 * KioskStyle.BUTTON_HEIGHT + 36));
        return keys;
    }

    private JButton digit(char d) {
        JButton b = KioskStyle.button(String.valueOf(d), false);
        b.setFont(KioskStyle.font(Font.BOLD, 44));
        b.addActionListener(e -> act(() -> keypad.press(d)));
        return b;
    }

    private void confirm() {
        keypad.confirm().ifPresent(onEntry);
    }

    private void back() {
        if (!keypad.back()) {
            onLeave.run();
        }
    }

    private void act(Runnable action) {
        if (keypad == null) {
            return;
        }
        action.run();
        onActivity.run();
        refresh();
    }

    private void refresh() {
        KioskStyle.setParagraph(prompt, messages.text(keypad.promptKey()));
        String shown = keypad.shown();
        field.setText(shown.isEmpty() ? " " : shown);
        KioskStyle.setParagraph(problem, keypad.problemKey().map(messages::text).orElse(" "));
        KioskStyle.setButtonText(delete, messages.text("keypad.delete"));
        KioskStyle.setButtonText(confirm, messages.text("keypad.confirm"));
        KioskStyle.setButtonText(back, messages.text("keypad.back"));
    }
}
