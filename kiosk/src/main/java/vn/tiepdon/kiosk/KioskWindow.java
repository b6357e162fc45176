package vn.tiepdon.kiosk;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.GraphicsDevice;
import java.awt.KeyboardFocusManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.JFrame;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.devices.scanning.CodeScanner;
import vn.tiepdon.devices.scanning.WedgeTiming;

/**
 * The kiosk's window: a {@link KioskView}, full screen on the kiosk, fed by a {@link CodeScanner}.
 * Create it on the EDT; {@link #open(boolean)} shows it and starts the scanner.
 */
public final class KioskWindow extends JFrame {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(KioskWindow.class);

    private final transient KioskView view;
    private final transient CodeScanner scanner;
    private final transient KioskModel model;
    private transient Optional<WedgeKeys> wedge = Optional.empty();

    public KioskWindow(KioskModel model, CodeScanner scanner) {
        this(model, scanner, List.of());
    }

    /**
     * @param virtualScannerSamples label → code buttons at the bottom for a demo without a scanner
     *                              hardware; empty: no strip
     */
    public KioskWindow(KioskModel model, CodeScanner scanner, List<Map.Entry<String, String>> virtualScannerSamples) {
        this(model, scanner, new KioskView(model, virtualScannerSamples));
    }

    /** A kiosk window with a strip of demo buttons (virtual scanner and card reader). */
    public static KioskWindow withDemoButtons(KioskModel model, CodeScanner scanner, List<DemoButton> buttons) {
        return new KioskWindow(model, scanner, KioskView.withDemoButtons(model, buttons));
    }

    private KioskWindow(KioskModel model, CodeScanner scanner, KioskView view) {
        super("tiepdon — " + model.hospitalName());
        this.scanner = scanner;
        this.model = model;
        this.view = view;
        setContentPane(view);
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
    }

    /** The kiosk's look: FlatLaf light, bigger rounded buttons. Call once before creating windows. */
    public static void installLookAndFeel() {
        FlatLightLaf.setup();
        UIManager.put("Button.arc", 24);
        UIManager.put("ProgressBar.arc", 12);
    }

    /**
     * Also reads keyboard-wedge scanners: characters typed into this window go to {@code rule}; a
     * scan starts a check-in like a serial scan. Call before {@link #open(boolean)}.
     */
    public KioskWindow readingWedgeScanners(WedgeTiming rule) {
        WedgeKeys keys = new WedgeKeys(this, rule, view::onWedgeScanned);
        wedge.ifPresent(KeyboardFocusManager.getCurrentKeyboardFocusManager()::removeKeyEventDispatcher);
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(keys);
        wedge = Optional.of(keys);
        return this;
    }

    /** Shows the window (full screen when the device allows it) and starts the scanner. */
    public void open(boolean fullScreen) {
        GraphicsDevice device = getGraphicsConfiguration().getDevice();
        if (fullScreen && device.isFullScreenSupported()) {
            setUndecorated(true);
            device.setFullScreenWindow(this);
        } else {
            setSize(1280, 960);
            setLocationRelativeTo(null);
            setVisible(true);
        }
        scanner.start(view::onScanned);
        model.cardReader().ifPresent(reader -> reader.start(view::onCardEvent));
        LOG.info("kiosk window open (full screen: {}, card reader: {}, keyboard-wedge scanners: {})", fullScreen,
                model.cardReader().isPresent(), wedge.isPresent());
    }

    @Override
    public void dispose() {
        view.stop();
        wedge.ifPresent(KeyboardFocusManager.getCurrentKeyboardFocusManager()::removeKeyEventDispatcher);
        wedge = Optional.empty();
        try {
            scanner.close();
        } catch (RuntimeException e) {
            LOG.warn("kiosk scanner did not close cleanly", e);
        }
        model.cardReader().ifPresent(reader -> {
            try {
                reader.close();
            } catch (RuntimeException e) {
                LOG.warn("kiosk card reader did not close cleanly", e);
            }
        });
        super.dispose();
    }
}
