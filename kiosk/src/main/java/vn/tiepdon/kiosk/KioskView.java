package vn.tiepdon.kiosk;

import vn.tiepdon.devices.scanning.WedgeScan;
import vn.tiepdon.devices.smartcard.CardEvent;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's whole screen as one panel: one card per {@link KioskState.Screen}, and the optional
 * virtual scanner strip. It draws whatever state the model announces (on the EDT), runs every
 * model call on a background thread, and goes back to idle when a state's time is up.
 */
public final class KioskView extends JPanel {
    private static final Logger LOG = LoggerFactory.getLogger(KioskView.class);

    private final KioskModel model;
    private final CardLayout cards = new CardLayout();
    private final JPanel screens = new JPanel(cards);
    private final IdlePanel idle;
    private final KeypadPanel keypad;
    private final CheckingPanel checking = new CheckingPanel();
    private final TicketPanel ticket;
    private final ProblemPanel problem;
    private final ClinicPanel clinic;
    private final PaymentPanel payment;
    private final Timer returnToIdle = new Timer(0, e -> backToIdle());
    private KioskState shown = new KioskState.Idle();

    /**
     * @param virtualScannerSamples label → code buttons for a demo without a scanner; empty: no strip
     */
    public KioskView(KioskModel model, List<Map.Entry<String, String>> virtualScannerSamples) {
        this(virtualScannerSamples.stream().map(DemoButton::of).toList(), model);
    }

    /** A kiosk screen with a strip of demo buttons (virtual devices); empty: no strip. */
    public static KioskView withDemoButtons(KioskModel model, List<DemoButton> demoButtons) {
        return new KioskView(demoButtons, model);
    }

    private KioskView(List<DemoButton> demoButtons, KioskModel model) {
        super(new BorderLayout());
        this.model = model;
        idle = new IdlePanel(() -> inBackground(model::startTyping),
                () -> inBackground(() -> model.useLanguage(model.language().other())),
                feePaying -> inBackground(() -> model.chooseFeePaying(feePaying)));
        clinic = new ClinicPanel(id -> inBackground(() -> model.chooseClinic(id)),
                () -> inBackground(model::skipClinic), () -> inBackground(model::reset));
        payment = new PaymentPanel(() -> inBackground(model::payFees), () -> inBackground(model::goToDesk));
        keypad = new KeypadPanel(entry -> inBackground(() -> model.typed(entry)),
                () -> inBackground(model::reset), this::restartTimer);
        ticket = new TicketPanel(() -> inBackground(model::reset));
        problem = new ProblemPanel(() -> inBackground(model::reset), () -> inBackground(model::startTyping));
        screens.add(idle, KioskState.Screen.IDLE.name());
        screens.add(keypad, KioskState.Screen.TYPING.name());
        screens.add(checking, KioskState.Screen.CHECKING.name());
        screens.add(ticket, KioskState.Screen.TICKET.name());
        screens.add(problem, KioskState.Screen.REJECTED.name());
        screens.add(clinic, KioskState.Screen.CLINIC.name());
        screens.add(payment, KioskState.Screen.PAYMENT.name());
        add(screens, BorderLayout.CENTER);
        if (!demoButtons.isEmpty()) {
            add(new VirtualScannerStrip(model.messages().text("scanner.virtual"), demoButtons,
                    this::onScanned), BorderLayout.SOUTH);
        }
        returnToIdle.setRepeats(false);
        model.addListener(state -> SwingUtilities.invokeLater(() -> show(state)));
        show(model.state());
    }

    /** The scanner path: any thread may call it; the check-in runs off the EDT. */
    public void onScanned(String text) {
        inBackground(() -> model.scanned(text));
    }

    /** A keyboard-wedge scan (from the window's keys): any thread may call it; the check-in runs off the EDT. */
    public void onWedgeScanned(WedgeScan scan) {
        inBackground(() -> model.wedgeScanned(scan));
    }

    /** The card reader's events: any thread may call it; the model runs off the EDT. */
    public void onCardEvent(CardEvent event) {
        inBackground(() -> model.cardEvent(event));
    }

    /** Draws {@code state}. Called on the EDT. */
    void show(KioskState state) {
        KioskState previous = shown;
        shown = state;
        KioskMessages m = model.messages();
        checking.setAnimating(state instanceof KioskState.Checking);
        if (state instanceof KioskState.Idle i) {
            idle.show(model.hospitalName(), i, m);
        } else if (state instanceof KioskState.Typing) {
            if (!(previous instanceof KioskState.Typing)) {
                keypad.begin(model.newKeypad(), m);
            }
        } else if (state instanceof KioskState.Checking c) {
            checking.show(c, m);
        } else if (state instanceof KioskState.CardOnReader c) {
            checking.show(c.message(), c.hint());
        } else if (state instanceof KioskState.Ticket t) {
            ticket.show(t, m);
        } else if (state instanceof KioskState.ChoosingClinic c) {
            clinic.show(c, m);
        } else if (state instanceof KioskState.ChoosingPayment p) {
            payment.show(p, m);
        } else if (state instanceof KioskState.Rejected r) {
            problem.showRejected(r, m);
        } else if (state instanceof KioskState.ServerUnavailable u) {
            problem.showUnavailable(u, m);
        }
        KioskState.Screen screen = state.screen() == KioskState.Screen.SERVER_UNAVAILABLE
                ? KioskState.Screen.REJECTED : state.screen();
        cards.show(screens, screen.name());
        restartTimer();
        revalidate();
        repaint();
    }

    private void restartTimer() {
        returnToIdle.stop();
        shown.returnToIdleAfter().ifPresent(after -> {
            returnToIdle.setInitialDelay((int) after.toMillis());
            returnToIdle.start();
        });
    }

    private void backToIdle() {
        KioskState expected = shown;
        inBackground(() -> model.returnToIdleFrom(expected));
    }

    /** Stops the idle timer and the progress animation (the window is closing). */
    void stop() {
        returnToIdle.stop();
        checking.setAnimating(false);
    }

    private void inBackground(Supplier<KioskState> work) {
        new SwingWorker<KioskState, Void>() {
            @Override
            protected KioskState doInBackground() {
                return work.get();
            }

            @Override
            protected void done() {
                try {
                    get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    LOG.error("kiosk {}: a screen action failed", model.kioskId(), e.getCause());
                }
            }
        }.execute();
    }
}
