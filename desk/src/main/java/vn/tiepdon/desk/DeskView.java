package vn.tiepdon.desk;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Desktop;
import java.awt.Font;
import java.awt.event.ActionEvent;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.ReturnRequest;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.event.ReceptionEvent;

/**
 * The desk's whole screen: the counter bar on top (with a banner while the counter is paused),
 * the current ticket, the call field and the buttons on the left, the lists (waiting, lookups to
 * fix, parked, skipped) in the middle with the selected ticket's detail below. Every action has
 * a button and a function key ({@link VerbButton}, {@link TicketAction}; Ctrl+L for the visit
 * history, asked only when the receptionist opens it; Ctrl+P for the proof of a failed lookup, a
 * PDF saved where the receptionist picks and opened to print); Ctrl+1…4 switch lists,
 * Esc clears the selection (the ticket actions then act on the current ticket). All server calls
 * run off the EDT; the screen redraws from the model's snapshot. No rule lives here.
 */
public final class DeskView extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DeskView.class);

    private final transient ReceptionApi api;
    private final transient DeskMessages messages;
    private final transient SetupView setup;
    private final transient Clock clock;
    private final CounterBar bar;
    private final JLabel pausedBanner;
    private final JLabel gatewayBanner;
    private final transient DeskButtons buttons;
    private final CurrentTicketPanel current;
    private final DeskLists lists;
    private final DetailPanel detail;
    private final transient Consumer<DeskSnapshot> listener = s -> SwingUtilities.invokeLater(this::redraw);
    private transient volatile DeskModel model;
    private boolean redrawing;
    /** Portraits are fetched here, never on the EDT; one daemon thread for the window's life. */
    private final transient ExecutorService portraitLoader = daemon("desk-portraits");
    /** Lookup overrides and their audit are sent here. */
    private final transient ExecutorService fixSender = daemon("desk-lookup-fix");
    /** Visit histories are asked here (the gateway takes up to half a minute). */
    private final transient ExecutorService historyLoader = daemon("desk-visit-history");
    /** Proofs of failed lookups are fetched and saved here. */
    private final transient ExecutorService proofSaver = daemon("desk-lookup-proof");

    public DeskView(ReceptionApi api, SetupView setup, ZoneId zone) {
        this(api, setup, zone, DeskMessages.vietnamese());
    }

    public DeskView(ReceptionApi api, SetupView setup, ZoneId zone, DeskMessages messages) {
        this(api, setup, Clock.system(zone), messages);
    }

    /** With the clock given (tests: "today" and "yesterday" of a fixed morning). */
    DeskView(ReceptionApi api, SetupView setup, Clock clock, DeskMessages messages) {
        super(new BorderLayout());
        this.api = api;
        this.messages = messages;
        this.setup = setup;
        this.clock = clock;
        ZoneId zone = clock.getZone();
        bar = new CounterBar(setup.counters(), messages, this::selectCounter);
        pausedBanner = DeskStyle.label(messages.text("paused.banner"), Font.BOLD, 18, Color.WHITE);
        pausedBanner.setName("paused.banner");
        pausedBanner.setOpaque(true);
        pausedBanner.setBackground(DeskStyle.PAUSED_BACKGROUND);
        pausedBanner.setBorder(BorderFactory.createEmptyBorder(8, 16, 8, 16));
        pausedBanner.setVisible(false);
        gatewayBanner = DeskStyle.label(" ", Font.BOLD, 16, Color.WHITE);
        gatewayBanner.setName("gateway.banner");
        gatewayBanner.setOpaque(true);
        gatewayBanner.setBackground(DeskStyle.PROBLEM);
        gatewayBanner.setBorder(BorderFactory.createEmptyBorder(6, 16, 6, 16));
        gatewayBanner.setVisible(false);
        buttons = new DeskButtons(messages, verb -> act(() -> model.act(verb)), this::perform);
        current = new CurrentTicketPanel(messages, buttons);
        detail = new DetailPanel(clock, buttons);
        DeskDialogs.onEdit(current.callField(), this::redraw);
        current.callField().addActionListener(e -> perform(TicketAction.CALL));
        lists = new DeskLists(messages, zone, setup, buttons, row -> {
            DeskModel m = model;
            if (m != null) {
                row.ifPresent(m::lookAt);
            }
            redraw();
        }, this::activate);
        JPanel top = new JPanel(new BorderLayout());
        top.add(bar, BorderLayout.NORTH);
        JPanel banners = new JPanel(new BorderLayout());
        banners.setOpaque(false);
        banners.add(pausedBanner, BorderLayout.NORTH);
        banners.add(gatewayBanner, BorderLayout.SOUTH);
        top.add(banners, BorderLayout.SOUTH);
        JPanel middle = new JPanel(new BorderLayout());
        middle.add(lists, BorderLayout.CENTER);
        middle.add(detail, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        add(current, BorderLayout.WEST);
        add(middle, BorderLayout.CENTER);
        for (VerbButton vb : VerbButton.ALL) {
            shortcut(vb.shortcut(), () -> act(() -> model.act(vb.verb())));
        }
        for (TicketAction a : TicketAction.values()) {
            shortcut(a.keyStroke(), () -> perform(a));
        }
        for (DeskLists.Tab tab : DeskLists.Tab.values()) {
            shortcut("ctrl " + (tab.ordinal() + 1), () -> lists.showTab(tab));
        }
        shortcut("ESCAPE", lists::clearSelection);
    }

    /** Switches to counter {@code counterId} and loads its lists. Call on the EDT. */
    public void selectCounter(String counterId) {
        DeskModel next = new DeskModel(api, counterId, messages, portraitLoader);
        attach(next);
        inBackground(next::refresh);
    }

    /** Shows {@code next} (already loaded or not). Call on the EDT. */
    void attach(DeskModel next) {
        if (model != null) {
            model.removeListener(listener);
        }
        model = next;
        next.addListener(listener);
        bar.showCounter(next.counterId());
        redraw();
    }

    /** An event from the server's stream; any thread. */
    public void onEvent(ReceptionEvent event) {
        DeskModel m = model;
        if (m != null) {
            m.onEvent(event);
        }
    }

    /** The event subscription's state; any thread. */
    public void connectionChanged(boolean connected) {
        DeskModel m = model;
        if (m != null) {
            m.connectionChanged(connected);
        }
    }

    DeskLists lists() {
        return lists;
    }

    CurrentTicketPanel currentPanel() {
        return current;
    }

    private void redraw() {
        if (model == null || redrawing) {
            return;
        }
        redrawing = true;
        try {
            draw(model.snapshot());
        } finally {
            redrawing = false;
        }
    }

    private void draw(DeskSnapshot s) {
        bar.show(s, messages);
        pausedBanner.setVisible(s.paused());
        s.gateway().ifPresent(n -> gatewayBanner.setText(GatewayTrouble.text(n, messages, clock.getZone())));
        gatewayBanner.setVisible(s.gateway().isPresent());
        current.show(s, messages);
        lists.show(s);
        Optional<DeskTicket> selected = selected(s);
        detail.show(selected, s, messages);
        buttons.update(s, selected, current.callField().getText());
    }

    /** The ticket selected in the visible list, as it now stands. */
    private Optional<DeskTicket> selected(DeskSnapshot s) {
        return lists.selected().flatMap(t -> s.ticket(t.id()));
    }

    /** A ticket action by its button or key: on the selected ticket, else the current one. */
    private void perform(TicketAction action) {
        DeskModel m = model;
        if (m == null) {
            return;
        }
        DeskSnapshot s = m.snapshot();
        Optional<DeskTicket> target = action.target(s, selected(s));
        if (action == TicketAction.CALL) {
            String typed = current.callField().getText();
            if (!typed.isBlank()) {
                act(() -> {
                    DeskOutcome o = m.call(typed);
                    if (o instanceof DeskOutcome.Done) {
                        SwingUtilities.invokeLater(() -> current.callField().setText(""));
                    }
                    return o;
                });
            } else if (target.isPresent() && action.enabled(s, selected(s), typed)) {
                activate(action, target.get());
            } else {
                current.callField().requestFocusInWindow();
            }
            return;
        }
        if (target.isPresent() && action.enabled(s, selected(s), "")) {
            activate(action, target.get());
        }
    }

    /** A ticket action on {@code ticket} (also a double-click or Enter on a list's row). */
    private void activate(TicketAction action, DeskTicket ticket) {
        DeskModel m = model;
        if (m == null) {
            return;
        }
        switch (action) {
            case CALL -> act(() -> m.call(ticket.number()));
            case TRANSFER -> openTransfer(m, ticket);
            case FIX_LOOKUP -> openLookupFix(m, ticket);
            case RETURN_FRONT -> act(() -> m.returnToQueue(ticket, ReturnRequest.Position.FRONT));
            case RETURN_PLACE -> act(() -> m.returnToQueue(ticket, ReturnRequest.Position.PLACE));
            case RESTORE -> act(() -> m.restore(ticket));
            case VISIT_HISTORY -> openVisitHistory(ticket);
            case PROOF -> saveProof(ticket);
        }
    }

    private void openVisitHistory(DeskTicket ticket) {
        if (ticket.ticket().lookup().isEmpty()) {
            return;
        }
        VisitHistory history = new VisitHistory(ticket, api, messages, setup.hospitalCode());
        JDialog[] dialog = new JDialog[1];
        VisitHistoryPanel panel = new VisitHistoryPanel(history, () -> dialog[0].dispose());
        dialog[0] = DeskDialogs.open(this, messages.text("history.title"), panel, panel.close());
        panel.load(historyLoader);
        dialog[0].setVisible(true);
    }

    /**
     * "In bằng chứng tra cứu": the receptionist picks where to save the PDF; it is fetched and written
     * off the screen's thread, then opened with the system's PDF viewer (to print) when there is one.
     */
    private void saveProof(DeskTicket ticket) {
        if (LookupProof.lookupOf(ticket).isEmpty()) {
            return;
        }
        LookupProof proof = new LookupProof(ticket, api, messages);
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(proof.title());
        chooser.setFileFilter(new FileNameExtensionFilter("PDF", "pdf"));
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), proof.fileName()));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        File chosen = chooser.getSelectedFile();
        File file = chosen.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? chosen
                : new File(chosen.getParentFile(), chosen.getName() + ".pdf");
        proofSaver.execute(() -> {
            LookupProof.Result result = proof.saveTo(file.toPath());
            String shown = result.message();
            if (result instanceof LookupProof.Result.Saved saved && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                try {
                    Desktop.getDesktop().open(saved.file().toFile());
                    return;
                } catch (IOException | RuntimeException e) {
                    LOG.warn("ticket {}: the saved proof could not be opened: {}", ticket.number(), e.toString());
                    shown = messages.text("proof.openFailed", saved.file());
                }
            }
            String text = shown;
            int kind = result instanceof LookupProof.Result.Failed ? JOptionPane.ERROR_MESSAGE
                    : JOptionPane.INFORMATION_MESSAGE;
            SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(this, text,
                    messages.text("ticketAction.PROOF"), kind));
        });
    }

    private void openTransfer(DeskModel m, DeskTicket ticket) {
        TransferForm form = new TransferForm(ticket, setup, m.counterId(), messages);
        JDialog[] dialog = new JDialog[1];
        TransferPanel panel = new TransferPanel(form, messages, () -> {
            dialog[0].dispose();
            act(() -> form.send(m));
        }, () -> dialog[0].dispose());
        dialog[0] = DeskDialogs.open(this, messages.text("transfer.title"), panel, panel.ok());
        dialog[0].setVisible(true);
    }

    private void openLookupFix(DeskModel m, DeskTicket ticket) {
        Optional<LookupFix> fix = m.lookupFix(ticket, clock);
        if (fix.isEmpty()) {
            return;
        }
        JDialog[] dialog = new JDialog[1];
        LookupFixPanel panel = new LookupFixPanel(fix.get(), fixSender, () -> dialog[0].dispose());
        dialog[0] = DeskDialogs.open(this, messages.text("fix.title"), panel, panel.ok());
        panel.loadAudit();
        dialog[0].setVisible(true);
    }

    private void shortcut(String key, Runnable action) {
        KeyStroke stroke = KeyStroke.getKeyStroke(key);
        if (stroke == null) {
            throw new IllegalArgumentException("not a key stroke: " + key);
        }
        getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, key);
        getActionMap().put(key, new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    private void act(Supplier<DeskOutcome> action) {
        if (model != null) {
            inBackground(action);
        }
    }

    private void inBackground(Supplier<DeskOutcome> work) {
        new SwingWorker<DeskOutcome, Void>() {
            @Override
            protected DeskOutcome doInBackground() {
                return work.get();
            }

            @Override
            protected void done() {
                try {
                    get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    LOG.error("desk action failed", e.getCause());
                }
            }
        }.execute();
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
