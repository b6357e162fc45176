package vn.tiepdon.desk;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import vn.tiepdon.core.queue.CounterDefinition;

/** Top strip: the counter picker, the last action's result and the connection state. */
final class CounterBar extends JPanel {
    private static final long serialVersionUID = 1L;
    private final JComboBox<CounterDefinition> counters;
    private final JLabel status = DeskStyle.label(" ", Font.PLAIN, 16, DeskStyle.TEXT);
    private final JLabel connection = DeskStyle.label(" ", Font.BOLD, 14, DeskStyle.MUTED);
    private boolean picking;

    CounterBar(List<CounterDefinition> counterList, DeskMessages m, Consumer<String> onPick) {
        super(new BorderLayout(16, 0));
        setBorder(BorderFactory.createEmptyBorder(8, 12, 8, 12));
        counters = new JComboBox<>(counterList.toArray(CounterDefinition[]::new));
        counters.setFont(DeskStyle.font(Font.BOLD, 18));
        counters.setName("counter.pick");
        DeskKeys.leaveToDesk(counters);
        status.setName("status");
        connection.setName("connection");
        counters.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                          boolean selected, boolean focus) {
                Object shown = value instanceof CounterDefinition c ? c.name() : value;
                return super.getListCellRendererComponent(list, shown, index, selected, focus);
            }
        });
        counters.addActionListener(e -> {
            if (!picking && counters.getSelectedItem() instanceof CounterDefinition c) {
                onPick.accept(c.id());
            }
        });
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
        left.setOpaque(false);
        left.add(DeskStyle.label(m.text("counter.label"), Font.BOLD, 18, DeskStyle.TEXT));
        left.add(counters);
        add(left, BorderLayout.WEST);
        add(status, BorderLayout.CENTER);
        add(connection, BorderLayout.EAST);
    }

    /** Shows {@code counterId} as picked without announcing a new pick. */
    void showCounter(String counterId) {
        picking = true;
        try {
            for (int i = 0; i < counters.getItemCount(); i++) {
                if (counters.getItemAt(i).id().equals(counterId)) {
                    counters.setSelectedIndex(i);
                }
            }
        } finally {
            picking = false;
        }
    }

    void show(DeskSnapshot s, DeskMessages m) {
        status.setText(s.lastOutcome().map(DeskOutcome::message).orElse(" "));
        status.setForeground(s.lastOutcome().filter(o -> o instanceof DeskOutcome.Failed).isPresent()
                ? DeskStyle.PROBLEM : DeskStyle.TEXT);
        connection.setText(m.text(s.connected() ? "connection.ok" : "connection.lost"));
        connection.setForeground(s.connected() ? DeskStyle.foreground(LookupCategory.OK) : DeskStyle.PROBLEM);
    }
}
