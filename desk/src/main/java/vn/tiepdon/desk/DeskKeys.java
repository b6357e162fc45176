package vn.tiepdon.desk;

import javax.swing.JComponent;
import javax.swing.KeyStroke;

/** The desk's keys (F1–F12, Ctrl+L) belong to the desk: lists, fields and pickers must not take them. */
final class DeskKeys {
    private DeskKeys() {
    }

    /**
     * Unbinds the desk's keys in {@code c} (a table's F2 edits a cell, F8 focuses its header; a
     * combo box's F4 opens it), so they reach the window's shortcuts.
     */
    static void leaveToDesk(JComponent c) {
        for (String key : TicketAction.DESK_KEYS) {
            KeyStroke stroke = KeyStroke.getKeyStroke(key);
            c.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(stroke, "none");
            c.getInputMap(JComponent.WHEN_FOCUSED).put(stroke, "none");
        }
    }
}
