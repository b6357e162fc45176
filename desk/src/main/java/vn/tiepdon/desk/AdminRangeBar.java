package vn.tiepdon.desk;

import java.awt.FlowLayout;
import java.awt.Font;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.JToggleButton;

/**
 * The admin view's range choice: one button per preset, the two dates (typed for a custom range,
 * filled in for a preset), "Xem", the range shown and "Làm mới". No rule here: the model checks.
 */
final class AdminRangeBar extends JPanel {
    private static final long serialVersionUID = 1L;
    private final Map<AdminModel.Choice, JToggleButton> choices = new EnumMap<>(AdminModel.Choice.class);
    private final JTextField from = new JTextField(9);
    private final JTextField to = new JTextField(9);
    private final JLabel shown = DeskStyle.label(" ", Font.PLAIN, 14, DeskStyle.MUTED);
    private final JButton refresh;
    private AdminModel.Range lastRange;

    /**
     * @param onPreset a preset pressed
     * @param onCustom "Xem" pressed (or Enter in a date): the two typed dates
     */
    AdminRangeBar(AdminTexts t, Consumer<AdminModel.Choice> onPreset, java.util.function.BiConsumer<String, String> onCustom,
                  Runnable onRefresh) {
        super(new WrapLayout(FlowLayout.LEFT, 6, 4));
        add(DeskStyle.label(t.text("admin.range.label"), Font.BOLD, 15, DeskStyle.TEXT));
        ButtonGroup group = new ButtonGroup();
        for (AdminModel.Choice c : AdminModel.Choice.values()) {
            JToggleButton b = new JToggleButton(t.text("admin.range." + c));
            b.setName("range." + c);
            b.setFont(DeskStyle.font(Font.PLAIN, 14));
            group.add(b);
            choices.put(c, b);
            add(b);
            if (c == AdminModel.Choice.CUSTOM) {
                b.addActionListener(e -> from.requestFocusInWindow());
            } else {
                b.addActionListener(e -> {
                    lastRange = null;
                    onPreset.accept(c);
                });
            }
        }
        for (JTextField f : new JTextField[] {from, to}) {
            f.setFont(DeskStyle.font(Font.PLAIN, 14));
            f.addActionListener(e -> onCustom.accept(from.getText(), to.getText()));
        }
        from.setName("range.from");
        to.setName("range.to");
        add(DeskStyle.label(t.text("admin.range.from"), Font.PLAIN, 14, DeskStyle.TEXT));
        add(from);
        add(DeskStyle.label(t.text("admin.range.to"), Font.PLAIN, 14, DeskStyle.TEXT));
        add(to);
        JButton apply = new JButton(t.text("admin.range.apply"));
        apply.setName("range.apply");
        apply.setFont(DeskStyle.font(Font.PLAIN, 14));
        apply.addActionListener(e -> onCustom.accept(from.getText(), to.getText()));
        add(apply);
        refresh = new JButton(t.text("admin.refresh"));
        refresh.setName("refresh");
        refresh.setFont(DeskStyle.font(Font.PLAIN, 14));
        refresh.addActionListener(e -> onRefresh.run());
        add(refresh);
        shown.setName("range.shown");
        add(shown);
    }

    JTextField fromField() {
        return from;
    }

    JTextField toField() {
        return to;
    }

    /** Shows the model's range; the dates are filled in when it changed (a refused typed range stays as typed). */
    void show(AdminModel.Snapshot s, AdminTexts t) {
        choices.get(s.choice()).setSelected(true);
        if (!s.range().equals(lastRange)) {
            lastRange = s.range();
            from.setText(t.date(s.range().from()));
            to.setText(t.date(s.range().to()));
        }
        shown.setText(t.text("admin.range.shown", t.date(s.range().from()), t.date(s.range().to()),
                t.count(s.range().days())));
        refresh.setEnabled(!s.loading());
    }
}
