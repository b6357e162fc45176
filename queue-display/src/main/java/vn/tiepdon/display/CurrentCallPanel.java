package vn.tiepdon.display;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.swing.JComponent;

/**
 * The newest call, as large as the space allows: "Mời số", the number, "→ Quầy 1". A new call
 * blinks for a few seconds so it stands out, then stays highlighted by a frame.
 */
final class CurrentCallPanel extends JComponent {
    static final Duration BLINK = Duration.ofSeconds(8);
    private static final long BLINK_PERIOD_MS = 500;

    private final Clock clock;
    private final DisplayMessages messages;
    private Optional<Call> call = Optional.empty();
    private Instant shownAt = Instant.EPOCH;

    CurrentCallPanel(Clock clock, DisplayMessages messages) {
        this.clock = clock;
        this.messages = messages;
        setOpaque(true);
    }

    /** Shows {@code next}; a call not shown before starts blinking. */
    void show(Optional<Call> next) {
        boolean isNew = next.isPresent() && !next.map(Call::eventId).equals(call.map(Call::eventId));
        call = next;
        if (isNew) {
            shownAt = clock.instant();
        }
        repaint();
    }

    /** True while the current call still blinks; the view's animation timer repaints until then. */
    boolean blinking() {
        return call.isPresent() && Duration.between(shownAt, clock.instant()).compareTo(BLINK) < 0;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            DisplayStyle.smooth(g);
            int w = getWidth();
            int h = getHeight();
            g.setColor(highlightOn() ? DisplayStyle.HIGHLIGHT : DisplayStyle.PANEL);
            g.fillRect(0, 0, w, h);
            if (call.isEmpty()) {
                g.setColor(DisplayStyle.MUTED);
                g.setFont(DisplayStyle.fitting(g, messages.text("call.none"), Font.BOLD, h * 0.12f, w - 40));
                DisplayStyle.centred(g, messages.text("call.none"), w, h / 2);
                return;
            }
            Call c = call.get();
            g.setColor(DisplayStyle.HIGHLIGHT.brighter());
            int frame = Math.max(4, h / 80);
            for (int i = 0; i < frame; i++) {
                g.drawRect(i, i, w - 1 - 2 * i, h - 1 - 2 * i);
            }
            String title = messages.text(c.recall() ? "call.recall" : "call.title");
            g.setColor(DisplayStyle.TEXT);
            g.setFont(DisplayStyle.fitting(g, title, Font.BOLD, h * 0.09f, w - 40));
            DisplayStyle.centred(g, title, w, (int) (h * 0.17));

            g.setColor(c.priority() ? DisplayStyle.PRIORITY : DisplayStyle.NUMBER);
            g.setFont(DisplayStyle.fitting(g, c.ticketNumber(), Font.BOLD, h * 0.42f, w - 60));
            DisplayStyle.centred(g, c.ticketNumber(), w, (int) (h * 0.62));

            String counter = messages.text("call.counter", c.counterName());
            g.setColor(DisplayStyle.COUNTER);
            g.setFont(DisplayStyle.fitting(g, counter, Font.BOLD, h * 0.15f, w - 60));
            DisplayStyle.centred(g, counter, w, (int) (h * 0.86));
        } finally {
            g.dispose();
        }
    }

    private boolean highlightOn() {
        if (!blinking()) {
            return false;
        }
        long elapsed = Duration.between(shownAt, clock.instant()).toMillis();
        return (elapsed / BLINK_PERIOD_MS) % 2 == 0;
    }

    @Override
    public Color getBackground() {
        return DisplayStyle.PANEL;
    }
}
