package vn.tiepdon.desk;

import java.awt.BorderLayout;
import java.awt.event.ActionEvent;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.event.ReceptionEvent;

/**
 * The desk's whole screen: counter bar on top, the current ticket and the verbs on the left, the
 * waiting list in the middle, the lookup detail below. Each counter verb has a button and a
 * function-key shortcut ({@link VerbButton}).
 * All server calls run off the EDT; the screen redraws from the model's snapshot.
 */
public final class DeskView extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DeskView.class);

    private final transient ReceptionApi api;
    private final transient DeskMessages messages;
    private final CounterBar bar;
    private final CurrentTicketPanel current;
    private final WaitingListPanel waiting;
    private final DetailPanel detail = new DetailPanel();
    private final transient Consumer<DeskSnapshot> listener = s -> SwingUtilities.invokeLater(this::redraw);
    private transient volatile DeskModel model;
    private transient Optional<DeskTicket> selected = Optional.empty();
    /** Portraits are fetched here, never on the EDT; one daemon thread for the window's life. */
    private final transient ExecutorService portraitLoader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "desk-portraits");
        t.setDaemon(true);
        return t;
    });

    public DeskView(ReceptionApi api, SetupView setup, ZoneId zone) {
        this(api, setup, zone, DeskMessages.vietnamese());
    }

    public DeskView(ReceptionApi api, SetupView setup, ZoneId zone, DeskMessages messages) {
        super(new BorderLayout());
        this.api = api;
        this.messages = messages;
        bar = new CounterBar(setup.counters(), messages, this::selectCounter);
        current = new CurrentTicketPanel(messages, verb -> act(() -> model.act(verb)));
        waiting = new WaitingListPanel(messages, zone, row -> {
            boolean another = !row.map(DeskTicket::id).equals(selected.map(DeskTicket::id));
            selected = row;
            DeskModel m = model;
            if (m != null && another) { // not when a redraw selects the same row again
                row.ifPresent(m::lookAt);
            }
            showDetail();
        });
        add(bar, BorderLayout.NORTH);
        add(current, BorderLayout.WEST);
        add(waiting, BorderLayout.CENTER);
        add(detail, BorderLayout.SOUTH);
        for (VerbButton vb : VerbButton.ALL) {
            shortcut(vb.shortcut(), () -> model.act(vb.verb()));
        }
    }

    /** Switches to counter {@code counterId} and loads its list. Call on the EDT. */
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

    private void redraw() {
        if (model == null) {
            return;
        }
        DeskSnapshot s = model.snapshot();
        bar.show(s, messages);
        current.show(s, messages);
        waiting.show(s, messages);
        if (selected.isPresent()) {
            long id = selected.get().id();
            selected = s.waiting().stream().filter(t -> t.id() == id).findFirst();
        }
        showDetailOf(s);
    }

    private void showDetail() {
        if (model != null) {
            showDetailOf(model.snapshot());
        }
    }

    private void showDetailOf(DeskSnapshot s) {
        detail.show(selected.or(s::current), s, messages);
    }

    private void shortcut(String key, Supplier<DeskOutcome> action) {
        getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(key), key);
        getActionMap().put(key, new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                act(action);
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
}
