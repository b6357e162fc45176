package vn.tiepdon.display;

import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.time.Clock;
import java.util.function.Consumer;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * The hall board's whole screen: header (hospital, clock, link state), the newest call very large
 * on the left, the recent calls on the right. Redraws from the model's snapshot on the EDT.
 */
public final class DisplayView extends JPanel {
    private static final long serialVersionUID = 1L;

    private final transient DisplayModel model;
    private final HeaderBar header;
    private final CurrentCallPanel current;
    private final RecentCallsPanel recent;
    private final javax.swing.JLabel closed;
    private final transient DisplayMessages messages;
    private final Timer animation;
    private final transient Consumer<DisplaySnapshot> listener = s -> SwingUtilities.invokeLater(this::redraw);
    private boolean wasBlinking;

    public DisplayView(DisplayModel model, String hospitalName, Clock clock) {
        this(model, hospitalName, clock, DisplayMessages.vietnamese());
    }

    public DisplayView(DisplayModel model, String hospitalName, Clock clock, DisplayMessages messages) {
        super(new BorderLayout());
        this.model = model;
        this.messages = messages;
        setBackground(DisplayStyle.BACKGROUND);
        header = new HeaderBar(hospitalName, clock, messages);
        current = new CurrentCallPanel(clock, messages);
        recent = new RecentCallsPanel(messages, model.historySize());
        JPanel body = new JPanel(new GridBagLayout());
        body.setBackground(DisplayStyle.BACKGROUND);
        GridBagConstraints c = new GridBagConstraints();
        c.fill = GridBagConstraints.BOTH;
        c.weighty = 1;
        c.weightx = 0.62;
        body.add(current, c);
        c.weightx = 0.38;
        body.add(recent, c);
        add(header, BorderLayout.NORTH);
        add(body, BorderLayout.CENTER);
        closed = new javax.swing.JLabel(" ");
        closed.setFont(DisplayStyle.font(java.awt.Font.BOLD, 34));
        closed.setForeground(java.awt.Color.WHITE);
        closed.setOpaque(true);
        closed.setBackground(new java.awt.Color(0x8A, 0x1C, 0x1C));
        closed.setBorder(javax.swing.BorderFactory.createEmptyBorder(8, 24, 8, 24));
        add(closed, BorderLayout.SOUTH);
        animation = new Timer(250, e -> animate());
        model.addListener(listener);
        redraw();
    }

    /** Starts the clock and the blink animation. Call on the EDT. */
    public void start() {
        animation.start();
    }

    /** Stops the timers and leaves the model. Call on the EDT. */
    public void stop() {
        animation.stop();
        model.removeListener(listener);
    }

    void redraw() {
        DisplaySnapshot s = model.snapshot();
        header.showConnected(s.connected());
        current.show(s.current());
        recent.show(s.recent());
        closed.setVisible(!s.closedCounters().isEmpty());
        closed.setText(messages.text("counters.closed", String.join(", ", s.closedCounters())));
    }

    private void animate() {
        header.tick();
        boolean blinking = current.blinking();
        if (blinking || wasBlinking) {
            current.repaint();
        }
        wasBlinking = blinking;
    }
}
