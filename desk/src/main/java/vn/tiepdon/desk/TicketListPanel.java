package vn.tiepdon.desk;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.event.ActionEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.Insets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;

/**
 * One list of tickets (waiting, lookups to fix, parked, skipped): a title that counts the rows it
 * lists, optional controls above and buttons below, and the table. Columns that hold short values
 * (number, queue, times, counter) are as wide as their widest value, the configured queue names
 * included, so they are never cut; the others share what is left. Rows whose lookup failed are
 * tinted. Enter or a double-click activates a row; the desk's F-keys pass through the table.
 */
final class TicketListPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int FLEXIBLE_MIN = 80;

    private final JLabel title = DeskStyle.label(" ", Font.BOLD, 16, DeskStyle.TEXT);
    private final TicketTableModel rows;
    private final JTable table;
    private final List<String> alsoFit;
    private String counterId;
    /** True while {@link #show} replaces the rows: the selection it restores is not the receptionist's. */
    private boolean updating;

    TicketListPanel(String name, DeskMessages m, ZoneId zone, List<TicketTableModel.Column> columns, String counterId,
                    List<String> queueNames, Optional<JComponent> top, Optional<JComponent> bottom,
                    Consumer<Optional<DeskTicket>> onSelect, Consumer<DeskTicket> onActivate) {
        super(new BorderLayout(0, 6));
        setName(name);
        this.counterId = counterId;
        this.alsoFit = List.copyOf(queueNames);
        setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        rows = new TicketTableModel(m, zone, columns, counterId);
        table = new JTable(rows);
        table.setName(name + ".table");
        table.setFont(DeskStyle.font(Font.PLAIN, 16));
        table.getTableHeader().setFont(DeskStyle.font(Font.BOLD, 15));
        table.getTableHeader().setReorderingAllowed(false);
        table.setRowHeight(32);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setAutoResizeMode(JTable.AUTO_RESIZE_SUBSEQUENT_COLUMNS);
        table.setDefaultRenderer(Object.class, new RowRenderer());
        DeskKeys.leaveToDesk(table);
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke("ENTER"), "activate");
        table.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("ENTER"), "activate");
        table.getActionMap().put("activate", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                rows.row(table.getSelectedRow()).ifPresent(onActivate);
            }
        });
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int row = table.rowAtPoint(e.getPoint());
                if (e.getClickCount() == 2 && row >= 0) {
                    rows.row(row).ifPresent(onActivate);
                }
            }
        });
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updating) {
                onSelect.accept(rows.row(table.getSelectedRow()));
            }
        });
        JPanel head = new JPanel(new BorderLayout(0, 6));
        head.setOpaque(false);
        head.add(title, BorderLayout.NORTH);
        top.ifPresent(t -> head.add(t, BorderLayout.CENTER));
        add(head, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setColumnHeaderView(table.getTableHeader());
        add(scroll, BorderLayout.CENTER);
        bottom.ifPresent(b -> add(b, BorderLayout.SOUTH));
    }

    /** Shows {@code list} under {@code heading}, keeping the selected ticket selected while it is listed. */
    void show(List<DeskTicket> list, String heading) {
        long selectedId = selected().map(DeskTicket::id).orElse(-1L);
        updating = true;
        try {
            rows.setRows(list);
            int again = rows.indexOf(selectedId);
            if (again >= 0) {
                table.setRowSelectionInterval(again, again);
            }
        } finally {
            updating = false;
        }
        title.setText(heading);
        fitColumns();
    }

    /** The counter whose desk shows the list. */
    void counter(String id) {
        counterId = id;
        rows.counter(id);
    }

    Optional<DeskTicket> selected() {
        return rows.row(table.getSelectedRow());
    }

    void clearSelection() {
        table.clearSelection();
    }

    /** Selects the row of {@code ticketId} (tests and the desk's keyboard); false when it is not listed. */
    boolean select(long ticketId) {
        int index = rows.indexOf(ticketId);
        if (index < 0) {
            return false;
        }
        table.setRowSelectionInterval(index, index);
        return true;
    }

    JTable table() {
        return table;
    }

    String title() {
        return title.getText();
    }

    private void fitColumns() {
        FontMetrics bold = table.getFontMetrics(table.getFont().deriveFont(Font.BOLD));
        Insets cell = cellInsets();
        for (int i = 0; i < rows.columns().size(); i++) {
            TicketTableModel.Column c = rows.columns().get(i);
            TableColumn tc = table.getColumnModel().getColumn(i);
            if (!c.fitted()) {
                tc.setMinWidth(FLEXIBLE_MIN);
                tc.setMaxWidth(Integer.MAX_VALUE);
                tc.setPreferredWidth(c == TicketTableModel.Column.NOTE ? 180 : 220);
                continue;
            }
            int width = headerWidth(i);
            for (DeskTicket t : rows.rows()) {
                width = Math.max(width, bold.stringWidth(rows.value(t, c)) + cell.left + cell.right + 4);
            }
            if (c == TicketTableModel.Column.QUEUE) {
                for (String queue : alsoFit) {
                    width = Math.max(width, bold.stringWidth(queue) + cell.left + cell.right + 4);
                }
            }
            if (tc.getMinWidth() != width || tc.getMaxWidth() != width) {
                tc.setMinWidth(0);
                tc.setMaxWidth(width);
                tc.setMinWidth(width);
                tc.setPreferredWidth(width);
            }
        }
    }

    private int headerWidth(int column) {
        Component header = table.getTableHeader().getDefaultRenderer().getTableCellRendererComponent(table,
                rows.getColumnName(column), false, false, -1, column);
        return header.getPreferredSize().width + 4;
    }

    private Insets cellInsets() {
        Component c = table.getDefaultRenderer(Object.class).getTableCellRendererComponent(table, "x", false, false, 0, 0);
        return c instanceof JComponent j ? j.getInsets() : new Insets(0, 0, 0, 0);
    }

    private final class RowRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            Component c = super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            Optional<DeskTicket> ticket = rows.row(t.convertRowIndexToModel(row));
            TicketTableModel.Column col = rows.columns().get(column);
            LookupCategory category = ticket.map(d -> d.lookup().category()).orElse(LookupCategory.NONE);
            boolean flagged = category == LookupCategory.FAILED || category == LookupCategory.WARNING;
            boolean reservedHere = ticket.filter(d -> d.reservedFor(counterId)).isPresent();
            if (!selected) {
                c.setBackground(flagged || col == TicketTableModel.Column.LOOKUP
                        ? DeskStyle.background(category) : t.getBackground());
                c.setForeground(col == TicketTableModel.Column.LOOKUP || category == LookupCategory.FAILED
                        ? DeskStyle.foreground(category) : t.getForeground());
                if (col == TicketTableModel.Column.NOTE && (reservedHere || ticket.flatMap(DeskTicket::note).isPresent())) {
                    c.setBackground(DeskStyle.NOTE_BACKGROUND);
                    c.setForeground(DeskStyle.NOTE_TEXT);
                }
            }
            boolean bold = category == LookupCategory.FAILED || col == TicketTableModel.Column.NUMBER
                    || (col == TicketTableModel.Column.NOTE && reservedHere);
            c.setFont(bold ? t.getFont().deriveFont(Font.BOLD) : t.getFont());
            if (c instanceof JComponent j) {
                String text = value == null ? "" : value.toString();
                boolean cut = t.getFontMetrics(c.getFont()).stringWidth(text) + j.getInsets().left + j.getInsets().right
                        > t.getColumnModel().getColumn(column).getWidth();
                j.setToolTipText(cut ? text : null);
            }
            return c;
        }
    }
}
