package vn.tiepdon.kiosk;

import java.awt.KeyEventDispatcher;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Objects;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import vn.tiepdon.devices.scanning.WedgeScan;
import vn.tiepdon.devices.scanning.WedgeTiming;

/**
 * Hands the characters typed into the kiosk window, with their times ({@link KeyEvent#getWhen()}),
 * to the {@link WedgeTiming} rule, which decides what is a keyboard-wedge scan. No rules here.
 * Events are not consumed (the kiosk has no text fields; its buttons take no focus).
 */
final class WedgeKeys implements KeyEventDispatcher {
    private final Window window;
    private final WedgeTiming rule;
    private final Consumer<WedgeScan> scans;

    WedgeKeys(Window window, WedgeTiming rule, Consumer<WedgeScan> scans) {
        this.window = Objects.requireNonNull(window);
        this.rule = Objects.requireNonNull(rule);
        this.scans = Objects.requireNonNull(scans);
    }

    @Override
    public boolean dispatchKeyEvent(KeyEvent e) {
        if (e.getID() == KeyEvent.KEY_TYPED && e.getKeyChar() != KeyEvent.CHAR_UNDEFINED
                && (e.getComponent() == window || SwingUtilities.getWindowAncestor(e.getComponent()) == window)) {
            rule.typed(e.getKeyChar(), e.getWhen()).ifPresent(scans);
        }
        return false;
    }
}
