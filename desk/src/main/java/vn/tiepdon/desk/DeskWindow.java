package vn.tiepdon.desk;

import com.formdev.flatlaf.FlatLightLaf;
import java.time.ZoneId;
import java.util.Optional;
import javax.swing.JFrame;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.SetupView;

/**
 * The receptionist's window. Create it on the EDT; {@link #open()} subscribes to the server's
 * events first and then loads the counter's list, so nothing falls between the two.
 */
public final class DeskWindow extends JFrame {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DeskWindow.class);

    private final transient ReceptionApi api;
    private final DeskView view;
    private final String counterId;
    private final Timer connectionWatch;
    private transient Optional<ReceptionApi.EventSubscription> subscription = Optional.empty();

    public DeskWindow(ReceptionApi api, SetupView setup, String counterId, ZoneId zone) {
        this(api, setup, counterId, zone, DeskMessages.vietnamese());
    }

    /** The desk in {@code messages}' language (Vietnamese by default, English available). */
    public DeskWindow(ReceptionApi api, SetupView setup, String counterId, ZoneId zone, DeskMessages messages) {
        super(messages.text("window.title") + " — " + setup.hospitalName());
        this.api = api;
        this.counterId = counterId;
        this.view = new DeskView(api, setup, zone, messages);
        this.connectionWatch = new Timer(1000, e -> view.connectionChanged(
                subscription.map(ReceptionApi.EventSubscription::connected).orElse(false)));
        setContentPane(view);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setSize(1366, 768); // the common counter PC screen; every column fits at this size
        setLocationRelativeTo(null);
    }

    /** The desk's look (FlatLaf light). Call once before creating windows. */
    public static void installLookAndFeel() {
        FlatLightLaf.setup();
    }

    /** Subscribes to events, loads the counter and shows the window. Call on the EDT. */
    public void open() {
        try {
            subscription = Optional.of(api.subscribe(0, view::onEvent));
        } catch (RuntimeException e) {
            LOG.warn("desk: event subscription could not start: {}", e.getMessage());
        }
        view.selectCounter(counterId);
        connectionWatch.start();
        setVisible(true);
    }

    @Override
    public void dispose() {
        connectionWatch.stop();
        subscription.ifPresent(s -> {
            try {
                s.close();
            } catch (RuntimeException e) {
                LOG.warn("desk: event subscription did not close cleanly", e);
            }
        });
        super.dispose();
    }
}
