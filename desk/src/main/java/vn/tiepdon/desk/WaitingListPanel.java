package vn.tiepdon.desk;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Font;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;

/** The waiting list; rows whose lookup failed are tinted so they stand out. */
final class WaitingListPanel extends JPanel {
    private final JLabel title = DeskStyle.label(" ", Font.BOLD, 16, DeskStyle.TEXT);
    private final WaitingTableModel rows;
    private final JTable table;

    WaitingListPanel(DeskMessages m, ZoneId zone, Consumer<Optional<DeskTicket>> onSelect) {
        super(new BorderLayout(0, 6));
        setBorder(BorderFactory.createEmptyBorder(12, 8, 8, 12));
        rows = new WaitingTableModel(m, zone);
        table = new JTable(rows);
        table.setFont(DeskStyle.font(Font.PLAIN, 16));
        table.getTableHeader().setFont(DeskStyle.font(Font.BOLD, 15));
        table.setRowHeight(32);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setDefaultRenderer(Object.class, new RowRenderer());
        // F1–F4 are the counter verbs, never table editing.
        for (String key : new String[] {"F1", "F2", "F3", "F4"}) {
            table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(key), "none");
            table.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key), "none");
        }
        int[] widths = {80, 140, 220, 220, 90};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                onSelect.accept(rows.row(table.getSelectedRow()));
            }
        });
        add(title, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setColumnHeaderView(table.getTableHeader());
        add(scroll, BorderLayout.CENTER);
    }

    void show(DeskSnapshot s, DeskMessages m) {
        long selectedId = rows.row(table.getSelectedRow()).map(DeskTicket::id).orElse(-1L);
        rows.setRows(s.waiting());
        int again = rows.indexOf(selectedId);
        if (again >= 0) {
            table.setRowSelectionInterval(again, again);
        }
        title.setText(m.text("waiting.title", Integer.toString(s.waiting().size()),
                Long.toString(s.needingAttention())));
    }

    private final class RowRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            Component c = super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            Optional<DeskTicket> ticket = rows.row(t.convertRowIndexToModel(row));
            LookupCategory category = ticket.map(d -> d.lookup().category()).orElse(LookupCategory.NONE);
            boolean flagged = category == LookupCategory.FAILED || category == LookupCategory.WARNING;
            if (!selected) {
                c.setBackground(flagged || column == WaitingTableModel.LOOKUP_COLUMN
                        ? DeskStyle.background(category) : t.getBackground());
                c.setForeground(column == WaitingTableModel.LOOKUP_COLUMN || category == LookupCategory.FAILED
                        ? DeskStyle.foreground(category) : t.getForeground());
            }
            c.setFont(category == LookupCategory.FAILED || column == 0 ? t.getFont().deriveFont(Font.BOLD) : t.getFont());
            return c;
        }
    }
}
