package vn.tiepdon.desk;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.List;
import java.util.concurrent.Executor;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableModel;
import javax.swing.table.TableColumn;

/**
 * The visit-history dialog's content, a thin view of {@link VisitHistory}: the ticket and patient,
 * a status line ("loading…", how many visits, none, or what went wrong) and the visits, most
 * recent first. Sized for a 1366×768 screen.
 */
final class VisitHistoryPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    /** Column widths (px) in {@link VisitHistory.Column} order; the diagnosis takes what is left. */
    private static final int[] WIDTHS = {155, 155, 190, 270, 165, 145, 140};

    private final transient VisitHistory history;
    private final JLabel heading = DeskStyle.label(" ", Font.BOLD, 20, DeskStyle.TEXT);
    private final JTextArea status = DeskStyle.textArea(2, 16, DeskStyle.TEXT);
    private final DefaultTableModel rows;
    private final JTable table;
    private final JButton close;

    VisitHistoryPanel(VisitHistory history, Runnable onClose) {
        super(new BorderLayout(0, 10));
        this.history = history;
        DeskMessages m = history.messages();
        setName("history");
        setBorder(BorderFactory.createEmptyBorder(14, 20, 14, 20));
        JPanel top = new JPanel(new BorderLayout(0, 6));
        top.add(heading, BorderLayout.NORTH);
        status.setName("history.status");
        top.add(status, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);

        Object[] headers = java.util.Arrays.stream(VisitHistory.Column.values())
                .map(c -> m.text("history.column." + c)).toArray();
        rows = new DefaultTableModel(headers, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        table = new JTable(rows) {
            private static final long serialVersionUID = 1L;

            /** A cell cut short ("…") shows whole under the pointer. */
            @Override
            public String getToolTipText(java.awt.event.MouseEvent e) {
                int row = rowAtPoint(e.getPoint());
                int column = columnAtPoint(e.getPoint());
                return row < 0 || column < 0 ? null : String.valueOf(getValueAt(row, column));
            }
        };
        table.setName("history.table");
        table.setFont(DeskStyle.font(Font.PLAIN, 15));
        table.getTableHeader().setFont(DeskStyle.font(Font.BOLD, 14));
        table.getTableHeader().setReorderingAllowed(false);
        table.setRowHeight(28);
        table.setFillsViewportHeight(true);
        table.setAutoResizeMode(JTable.AUTO_RESIZE_SUBSEQUENT_COLUMNS);
        for (int i = 0; i < WIDTHS.length; i++) {
            TableColumn column = table.getColumnModel().getColumn(i);
            column.setPreferredWidth(WIDTHS[i]);
        }
        DeskKeys.leaveToDesk(table);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setColumnHeaderView(table.getTableHeader());
        scroll.setPreferredSize(new Dimension(java.util.Arrays.stream(WIDTHS).sum() + 20, 360));
        add(scroll, BorderLayout.CENTER);

        close = new JButton(m.text("dialog.close"));
        close.setName("history.close");
        close.setFont(DeskStyle.font(Font.PLAIN, 17));
        close.addActionListener(e -> onClose.run());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        buttons.add(close);
        add(buttons, BorderLayout.SOUTH);
        redraw();
    }

    JButton close() {
        return close;
    }

    /** Asks the history on {@code background}, then redraws on the screen's thread. */
    void load(Executor background) {
        background.execute(() -> {
            history.load();
            SwingUtilities.invokeLater(this::redraw);
        });
    }

    /** Redraws everything from the model. */
    void redraw() {
        heading.setText(history.heading());
        status.setText(history.status());
        status.setForeground(history.failed() ? DeskStyle.PROBLEM : DeskStyle.TEXT);
        rows.setRowCount(0);
        for (List<String> row : history.rows()) {
            rows.addRow(row.toArray());
        }
    }
}
