package vn.tiepdon.display;

import com.formdev.flatlaf.FlatDarkLaf;
import java.awt.GraphicsDevice;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javax.swing.JFrame;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.event.HallEvent;

/**
 * The hall board window (full screen on the hall PC). Events go to the model on one worker thread,
 * in order, so a slow announcement never freezes the screen; the screen redraws on the EDT.
 */
public final class DisplayWindow extends JFrame {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DisplayWindow.class);

    private final transient DisplayModel model;
    private final DisplayView view;
    private final transient ExecutorService events = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "display-events");
        t.setDaemon(true);
        return t;
    });
    private final Timer connectionWatch;
    private transient Optional<ReceptionApi.EventSubscription> subscription = Optional.empty();

    public DisplayWindow(DisplayModel model, String hospitalName, Clock clock) {
        super(DisplayMessages.vietnamese().text("window.title") + " — " + hospitalName);
        this.model = model;
        this.view = new DisplayView(model, hospitalName, clock);
        this.connectionWatch = new Timer(1000, e -> subscription.ifPresent(s -> model.connectionChanged(s.connected())));
        setContentPane(view);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    }

    /** The board's look for a stand-alone display (FlatLaf dark); the view draws its own colours anyway. */
    public static void installLookAndFeel() {
        FlatDarkLaf.setup();
    }

    /** Takes one event from any thread; the model gets it on the window's event thread, in order. */
    public void onEvent(HallEvent event) {
        try {
            events.execute(() -> model.onEvent(event));
        } catch (RejectedExecutionException e) {
            LOG.debug("display closed, event {} dropped", event.id());
        }
    }

    /** Subscribes to the server's hall events (new ones only) and watches the link for the indicator. */
    public void subscribeTo(ReceptionApi api) {
        try {
            subscription = Optional.of(api.subscribeHall(0, this::onEvent));
            events.execute(() -> {
                try {
                    model.counters(api.counters());
                } catch (RuntimeException e) {
                    LOG.warn("display: counters not loaded ({}); paused ones show once they change", e.toString());
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("display: event subscription could not start: {}", e.getMessage());
            model.connectionChanged(false);
        }
        connectionWatch.start();
    }

    /** Shows the window, full screen when the device allows it. Call on the EDT. */
    public void open(boolean fullScreen) {
        GraphicsDevice device = getGraphicsConfiguration().getDevice();
        if (fullScreen && device.isFullScreenSupported()) {
            setUndecorated(true);
            device.setFullScreenWindow(this);
        } else {
            setSize(1280, 720);
            setLocationRelativeTo(null);
            setVisible(true);
        }
        view.start();
    }

    @Override
    public void dispose() {
        connectionWatch.stop();
        view.stop();
        subscription.ifPresent(s -> {
            try {
                s.close();
            } catch (RuntimeException e) {
                LOG.warn("display: event subscription did not close cleanly", e);
            }
        });
        events.shutdownNow();
        super.dispose();
    }
}
