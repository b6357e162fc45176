package vn.tiepdon.desk;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.ActionEvent;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableModel;
import vn.tiepdon.core.api.ReportFormat;

/**
 * The admin view: the range on top, then "Tổng quan" (the totals in words beside five charts:
 * rates by day, by identification method, by kiosk, the causes of failed lookups, waits by hour)
 * and one tab per table of the same numbers; at the bottom the exports of the failed-lookup
 * report for BHXH. Statistics load and reports are written off the EDT; the screen redraws from
 * the model's snapshot. No rule lives here.
 */
final class AdminView extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int TOTALS_TEXT_WIDTH = 308;
    private final transient AdminModel model;
    private final transient AdminTexts texts;
    private final transient ReportFilePicker picker;
    private final AdminRangeBar rangeBar;
    private final JLabel notice = DeskStyle.label(" ", Font.PLAIN, 14, DeskStyle.MUTED);
    private final JTabbedPane tabs = new JTabbedPane();
    private final Map<ReportFormat, JButton> exports = new EnumMap<>(ReportFormat.class);
    private final JCheckBox leaveOutSent;
    private final JButton markSent;
    private final JLabel exportNotice = DeskStyle.label(" ", Font.PLAIN, 14, DeskStyle.MUTED);
    private transient AdminFigures drawn;
    /** Statistics are asked here, one load at a time, never on the EDT. */
    private final transient ExecutorService loader = daemon("admin-stats");
    /** Reports are written here. */
    private final transient ExecutorService exporter = daemon("admin-report");

    AdminView(AdminModel model, ReportFilePicker picker) {
        super(new BorderLayout());
        this.model = model;
        this.texts = model.texts();
        this.picker = picker;
        rangeBar = new AdminRangeBar(texts, this::choose, this::chooseCustom, this::load);
        notice.setName("notice");
        notice.setBorder(BorderFactory.createEmptyBorder(0, 12, 4, 12));
        JPanel top = new JPanel(new BorderLayout());
        top.add(rangeBar, BorderLayout.CENTER);
        top.add(notice, BorderLayout.SOUTH);
        tabs.setName("admin.tabs");
        tabs.setFont(DeskStyle.font(Font.PLAIN, 14));
        markSent = new JButton(texts.text("admin.markSent"));
        leaveOutSent = new JCheckBox(texts.text("admin.export.leaveOutSent"));
        leaveOutSent.setName("export.leaveOutSent");
        leaveOutSent.setFont(DeskStyle.font(Font.PLAIN, 14));
        JPanel bottom = new JPanel(new WrapLayout(FlowLayout.LEFT, 8, 4));
        bottom.setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, new Color(0xD0D7DE)));
        bottom.add(DeskStyle.label(texts.text("admin.export.title"), Font.BOLD, 14, DeskStyle.TEXT));
        for (ReportFormat f : ReportFormat.values()) {
            JButton b = new JButton(texts.text("admin.export." + f));
            b.setName("export." + f);
            b.setFont(DeskStyle.font(Font.PLAIN, 14));
            b.addActionListener(e -> export(f));
            exports.put(f, b);
            bottom.add(b);
        }
        bottom.add(leaveOutSent);
        markSent.setName("export.markSent");
        markSent.setFont(DeskStyle.font(Font.PLAIN, 14));
        markSent.addActionListener(e -> markSent());
        bottom.add(markSent);
        exportNotice.setName("export.notice");
        bottom.add(exportNotice);
        add(top, BorderLayout.NORTH);
        add(tabs, BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
        getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke("F5"), "refresh");
        getActionMap().put("refresh", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                load();
            }
        });
        model.addListener(() -> SwingUtilities.invokeLater(this::redraw));
        redraw();
    }

    /** Loads the chosen range's statistics in the background. Call on the EDT. */
    void load() {
        loader.execute(model::load);
    }

    /** Stops the view's background threads (the window closed). */
    void close() {
        loader.shutdownNow();
        exporter.shutdownNow();
    }

    AdminRangeBar rangeBar() {
        return rangeBar;
    }

    private void choose(AdminModel.Choice choice) {
        model.choose(choice);
        load();
    }

    private void chooseCustom(String from, String to) {
        if (model.chooseCustom(from, to).isEmpty()) {
            load();
        }
    }

    private void markSent() {
        int answer = javax.swing.JOptionPane.showConfirmDialog(this, model.markSentQuestion(),
                texts.text("admin.markSent.title"), javax.swing.JOptionPane.YES_NO_OPTION);
        if (answer == javax.swing.JOptionPane.YES_OPTION) {
            exporter.execute(model::markSent);
        }
    }

    private void export(ReportFormat format) {
        Optional<java.nio.file.Path> file = picker.pick(this, texts.text("admin.export.choose"),
                model.suggestedFileName(format), format);
        boolean leaveOut = leaveOutSent.isSelected();
        file.ifPresent(f -> exporter.execute(() -> model.export(format, leaveOut, f)));
    }

    private void redraw() {
        AdminModel.Snapshot s = model.snapshot();
        rangeBar.show(s, texts);
        Optional<AdminModel.Notice> n = s.notice();
        notice.setText(n.map(AdminModel.Notice::text).orElse(" "));
        notice.setForeground(n.filter(AdminModel.Notice::problem).isPresent() ? DeskStyle.PROBLEM : DeskStyle.MUTED);
        exportNotice.setText(s.export().map(AdminModel.Notice::text).orElse(" "));
        exportNotice.setForeground(s.export().filter(AdminModel.Notice::problem).isPresent() ? DeskStyle.PROBLEM
                : DeskStyle.TEXT);
        exports.values().forEach(b -> b.setEnabled(!s.exporting()));
        markSent.setEnabled(!s.exporting());
        AdminFigures figures = s.figures().orElse(null);
        if (figures != drawn) {
            drawn = figures;
            drawFigures(figures);
        }
    }

    private void drawFigures(AdminFigures f) {
        int selected = Math.max(0, tabs.getSelectedIndex());
        tabs.removeAll();
        if (f == null) {
            revalidate();
            repaint();
            return;
        }
        tabs.addTab(texts.text("admin.tab.overview"), overview(f));
        for (AdminTable t : f.tables()) {
            tabs.addTab(t.title(), table(t));
        }
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
        revalidate();
        repaint();
    }

    private JComponent overview(AdminFigures f) {
        JPanel panel = new JPanel(new BorderLayout(8, 0));
        panel.setName("overview");
        panel.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        panel.add(totals(f), BorderLayout.WEST);
        JPanel charts = new JPanel(new GridBagLayout());
        charts.setOpaque(false);
        String none = texts.text("admin.chart.empty");
        java.util.Locale locale = texts.messages().locale();
        place(charts, AdminCharts.panel(f.chart(AdminFigures.TREND), none, locale), 0, 0, 2);
        place(charts, AdminCharts.panel(f.chart(AdminFigures.METHODS), none, locale), 2, 0, 1);
        place(charts, AdminCharts.panel(f.chart(AdminFigures.KIOSKS), none, locale), 0, 1, 1);
        place(charts, AdminCharts.panel(f.chart(AdminFigures.CAUSES), none, locale), 1, 1, 1);
        place(charts, AdminCharts.panel(f.chart(AdminFigures.WAITS), none, locale), 2, 1, 1);
        panel.add(charts, BorderLayout.CENTER);
        return panel;
    }

    private static void place(JPanel grid, JComponent chart, int x, int y, int width) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridwidth = width;
        c.weightx = width;
        c.weighty = 1;
        c.fill = GridBagConstraints.BOTH;
        c.insets = new Insets(3, 3, 3, 3);
        chart.setPreferredSize(new java.awt.Dimension(300 * width, 250));
        grid.add(chart, c);
    }

    private JComponent totals(AdminFigures f) {
        JPanel box = new JPanel();
        box.setName("totals");
        box.setLayout(new BoxLayout(box, BoxLayout.Y_AXIS));
        box.setBackground(Color.WHITE);
        box.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        JLabel title = DeskStyle.label(texts.text("admin.totals.title"), Font.BOLD, 16, DeskStyle.TEXT);
        title.setAlignmentX(LEFT_ALIGNMENT);
        box.add(title);
        int i = 0;
        for (String line : f.totals()) {
            JTextArea area = DeskStyle.textArea(1, 14, DeskStyle.TEXT);
            area.setName("totals." + i++);
            area.setText(line);
            area.setBorder(BorderFactory.createEmptyBorder(5, 0, 0, 0));
            // the column is fixed (330 px): its lines are laid out at that width, so each is as tall as its text
            area.setSize(TOTALS_TEXT_WIDTH, Short.MAX_VALUE);
            area.setPreferredSize(new java.awt.Dimension(TOTALS_TEXT_WIDTH, area.getPreferredSize().height));
            area.setAlignmentX(LEFT_ALIGNMENT);
            box.add(area);
        }
        // on top of a panel of the column's height: each line as tall as its text, the rest left blank
        JPanel column = new JPanel(new BorderLayout());
        column.setBackground(Color.WHITE);
        column.setBorder(BorderFactory.createLineBorder(new Color(0xD0D7DE)));
        column.add(box, BorderLayout.NORTH);
        column.setPreferredSize(new java.awt.Dimension(330, 200));
        return column;
    }

    private static JComponent table(AdminTable t) {
        DefaultTableModel m = new DefaultTableModel(t.columns().toArray(), 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        t.rows().forEach(r -> m.addRow(r.toArray()));
        JTable table = new JTable(m);
        table.setName("table." + t.name());
        table.setFont(DeskStyle.font(Font.PLAIN, 14));
        table.getTableHeader().setFont(DeskStyle.font(Font.BOLD, 14));
        table.setRowHeight(24);
        table.setAutoCreateRowSorter(false);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setName("scroll." + t.name());
        return scroll;
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
