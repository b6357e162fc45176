package vn.tiepdon.desk;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.JToggleButton;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.desk.TicketTableModel.Column;

/**
 * The desk's lists, one tab each: the waiting list (filtered per queue, or what this counter
 * calls), today's lookups to fix, the parked tickets (this counter's or all), today's skipped
 * tickets. Tab titles count their rows; each list's title counts the rows it shows.
 */
final class DeskLists extends JPanel {
    private static final long serialVersionUID = 1L;

    /** The tabs, in order (Ctrl+1 … Ctrl+4). */
    enum Tab { WAITING, TO_FIX, PARKED, SKIPPED }

    private final DeskMessages messages;
    private final SetupView setup;
    private final JTabbedPane tabs = new JTabbedPane();
    private final TicketListPanel waiting;
    private final TicketListPanel toFix;
    private final TicketListPanel parked;
    private final TicketListPanel skipped;
    private final JPanel filterBar = new JPanel(new WrapLayout(FlowLayout.LEFT, 6, 2));
    private final List<JToggleButton> filterButtons = new ArrayList<>();
    private final JCheckBox allParked;
    private final Consumer<Optional<DeskTicket>> onSelect;
    private List<WaitingFilter> filters = List.of();
    private WaitingFilter filter = new WaitingFilter.All();
    private String counterId = "";
    private DeskSnapshot last;

    DeskLists(DeskMessages m, ZoneId zone, SetupView setup, DeskButtons buttons,
              Consumer<Optional<DeskTicket>> onSelect, BiConsumer<TicketAction, DeskTicket> onActivate) {
        super(new BorderLayout());
        this.messages = m;
        this.setup = setup;
        this.onSelect = onSelect;
        List<String> queueNames = setup.queues().stream().map(QueueDefinition::name).toList();
        filterBar.setOpaque(false);
        filterBar.setName("waiting.filters");
        allParked = new JCheckBox(m.text("parked.all"));
        allParked.setName("parked.all");
        allParked.setFont(DeskStyle.font(Font.PLAIN, 15));
        allParked.setOpaque(false);
        allParked.addActionListener(e -> redraw());
        DeskKeys.leaveToDesk(allParked);

        waiting = new TicketListPanel("list.waiting", m, zone,
                List.of(Column.NUMBER, Column.QUEUE, Column.WHO, Column.LOOKUP, Column.NOTE, Column.ISSUED), "",
                queueNames, Optional.of(filterBar), Optional.empty(), this::selected,
                t -> onActivate.accept(TicketAction.CALL, t));
        toFix = new TicketListPanel("list.toFix", m, zone,
                List.of(Column.NUMBER, Column.STATUS, Column.WHO, Column.LOOKUP, Column.DOCUMENT), "", queueNames,
                Optional.empty(), Optional.of(bar(buttons.action(TicketAction.FIX_LOOKUP))), this::selected,
                t -> onActivate.accept(TicketAction.FIX_LOOKUP, t));
        parked = new TicketListPanel("list.parked", m, zone,
                List.of(Column.NUMBER, Column.QUEUE, Column.WHO, Column.COUNTER, Column.NOTE, Column.CALLED), "",
                queueNames, Optional.of(allParked), Optional.of(bar(buttons.action(TicketAction.RETURN_FRONT),
                        buttons.action(TicketAction.RETURN_PLACE))), this::selected, t -> { });
        skipped = new TicketListPanel("list.skipped", m, zone,
                List.of(Column.NUMBER, Column.QUEUE, Column.WHO, Column.COUNTER, Column.CALLED), "", queueNames,
                Optional.empty(), Optional.of(bar(buttons.action(TicketAction.RESTORE))), this::selected, t -> { });
        tabs.setFont(DeskStyle.font(Font.BOLD, 15));
        tabs.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT); // one row of tabs, also on a narrow window
        tabs.addTab(" ", waiting);
        tabs.addTab(" ", toFix);
        tabs.addTab(" ", parked);
        tabs.addTab(" ", skipped);
        tabs.setName("lists");
        DeskKeys.leaveToDesk(tabs);
        tabs.addChangeListener(e -> onSelect.accept(selected()));
        add(tabs, BorderLayout.CENTER);
    }

    private void selected(Optional<DeskTicket> ticket) {
        onSelect.accept(selected());
    }

    /** The ticket selected in the visible list. */
    Optional<DeskTicket> selected() {
        return visible().selected();
    }

    void clearSelection() {
        visible().clearSelection();
    }

    private TicketListPanel visible() {
        return list(visibleTab());
    }

    void showTab(Tab tab) {
        tabs.setSelectedIndex(tab.ordinal());
    }

    Tab visibleTab() {
        return Tab.values()[tabs.getSelectedIndex()];
    }

    TicketListPanel list(Tab tab) {
        return switch (tab) {
            case WAITING -> waiting;
            case TO_FIX -> toFix;
            case PARKED -> parked;
            case SKIPPED -> skipped;
        };
    }

    /** Shows one queue's waiting tickets only (or all: {@link WaitingFilter.All}). */
    void filter(WaitingFilter f) {
        filter = f;
        int i = filters.indexOf(f);
        if (i >= 0) {
            filterButtons.get(i).setSelected(true);
        }
        redraw();
    }

    List<WaitingFilter> filters() {
        return filters;
    }

    void show(DeskSnapshot s) {
        last = s;
        if (!s.counterId().equals(counterId)) {
            counterId = s.counterId();
            for (Tab t : Tab.values()) {
                list(t).counter(counterId);
            }
            rebuildFilters();
        }
        redraw();
    }

    private void redraw() {
        if (last == null) {
            return;
        }
        DeskSnapshot s = last;
        List<DeskTicket> shown = filter.apply(s.waiting());
        long fix = shown.stream().filter(DeskTicket::needsAttention).count();
        waiting.show(shown, messages.text("waiting.title", filter.label(messages), Integer.toString(shown.size()),
                Long.toString(fix)));
        for (int i = 0; i < filters.size(); i++) {
            filterButtons.get(i).setText(messages.text("filter.count", filters.get(i).label(messages),
                    Integer.toString(filters.get(i).apply(s.waiting()).size())));
        }
        List<DeskTicket> fixes = s.toFix();
        toFix.show(fixes, messages.text("toFix.title", Integer.toString(fixes.size())));
        List<DeskTicket> parkedRows = s.parked(allParked.isSelected());
        parked.show(parkedRows, messages.text(allParked.isSelected() ? "parked.title.all" : "parked.title",
                Integer.toString(parkedRows.size())));
        List<DeskTicket> skippedRows = s.skipped();
        skipped.show(skippedRows, messages.text("skipped.title", Integer.toString(skippedRows.size())));
        tabs.setTitleAt(Tab.WAITING.ordinal(), messages.text("tab.WAITING", Integer.toString(s.waiting().size())));
        tabs.setTitleAt(Tab.TO_FIX.ordinal(), messages.text("tab.TO_FIX", Integer.toString(fixes.size())));
        tabs.setForegroundAt(Tab.TO_FIX.ordinal(), fixes.isEmpty() ? DeskStyle.TEXT : DeskStyle.PROBLEM);
        tabs.setTitleAt(Tab.PARKED.ordinal(), messages.text("tab.PARKED", Integer.toString(parkedRows.size())));
        tabs.setTitleAt(Tab.SKIPPED.ordinal(), messages.text("tab.SKIPPED", Integer.toString(skippedRows.size())));
    }

    private void rebuildFilters() {
        filters = WaitingFilter.choices(setup, counterId);
        filterBar.removeAll();
        filterButtons.clear();
        ButtonGroup group = new ButtonGroup();
        for (WaitingFilter f : filters) {
            JToggleButton b = new JToggleButton(f.label(messages));
            b.setFont(DeskStyle.font(Font.BOLD, 14));
            b.setName("filter." + filters.indexOf(f));
            b.addActionListener(e -> filter(f));
            DeskKeys.leaveToDesk(b);
            group.add(b);
            filterBar.add(b);
            filterButtons.add(b);
        }
        int keep = filters.indexOf(filter);
        if (keep < 0) {
            filter = filters.get(0);
            keep = 0;
        }
        filterButtons.get(keep).setSelected(true);
        filterBar.revalidate();
    }

    private static JComponent bar(JButton... buttons) {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
        p.setOpaque(false);
        p.setBorder(BorderFactory.createEmptyBorder(4, 0, 0, 0));
        for (JButton b : buttons) {
            b.setPreferredSize(null);
            b.setPreferredSize(new java.awt.Dimension(Math.max(200, b.getPreferredSize().width + 16), 44));
            p.add(b);
        }
        return p;
    }
}
