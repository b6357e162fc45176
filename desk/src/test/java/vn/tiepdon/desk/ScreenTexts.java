package vn.tiepdon.desk;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.text.JTextComponent;
import vn.tiepdon.core.queue.CounterDefinition;

/** Every text a painted screen shows: labels, buttons, text, tab titles, table headers and cells; hidden parts skipped. */
final class ScreenTexts {
    private ScreenTexts() {
    }

    static List<String> of(Component root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    /** All the texts in one string, one per line. */
    static String joined(Component root) {
        return String.join("\n", of(root));
    }

    /** The first component named {@code name} under {@code root}. */
    static <T extends Component> T find(Container root, Class<T> type, String name) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c) && name.equals(c.getName())) {
                return type.cast(c);
            }
            if (c instanceof Container inner) {
                T found = findOrNull(inner, type, name);
                if (found != null) {
                    return found;
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " named " + name);
    }

    private static <T extends Component> T findOrNull(Container root, Class<T> type, String name) {
        try {
            return find(root, type, name);
        } catch (AssertionError e) {
            return null;
        }
    }

    private static void collect(Component c, List<String> out) {
        if (!c.isVisible()) {
            return;
        }
        if (c instanceof JLabel l && l.getText() != null && !l.getText().isBlank()) {
            out.add(l.getText());
        } else if (c instanceof AbstractButton b && b.getText() != null && !b.getText().isBlank()) {
            out.add(b.getText());
        } else if (c instanceof JTextComponent t && !t.getText().isBlank()) {
            out.add(t.getText());
        } else if (c instanceof JComboBox<?> box && box.getSelectedItem() != null) {
            Object item = box.getSelectedItem();
            out.add(item instanceof CounterDefinition d ? d.name() : item.toString());
        } else if (c instanceof JTable table) {
            for (int col = 0; col < table.getColumnCount(); col++) {
                out.add(table.getColumnName(col));
            }
            for (int row = 0; row < table.getRowCount(); row++) {
                List<String> cells = new ArrayList<>();
                for (int col = 0; col < table.getColumnCount(); col++) {
                    cells.add(String.valueOf(table.getValueAt(row, col)));
                }
                out.add(String.join(" | ", cells));
            }
            return;
        }
        if (c instanceof JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                out.add(tabs.getTitleAt(i));
            }
            Component shown = tabs.getSelectedComponent();
            if (shown != null) {
                collect(shown, out);
            }
            return;
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, out);
            }
        }
    }
}
