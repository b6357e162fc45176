package vn.tiepdon.desk;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import javax.swing.JLabel;

/** Fonts and colours of the desk. Lookup categories get one colour pair each, used everywhere. */
final class DeskStyle {
    static final String FAMILY = pickFamily();
    static final Color PRIMARY = new Color(0x0B5CAD);
    static final Color TEXT = new Color(0x1A2433);
    static final Color MUTED = new Color(0x5F6B7A);
    static final Color PROBLEM = new Color(0xB3261E);
    /** A transfer's note for this desk: amber, so it is read before serving. */
    static final Color NOTE_BACKGROUND = new Color(0xFFF1C2);
    static final Color NOTE_TEXT = new Color(0x6B4500);
    static final Color NOTE_BORDER = new Color(0xE0A800);
    /** The counter is paused. */
    static final Color PAUSED_BACKGROUND = new Color(0xB3261E);

    private DeskStyle() {
    }

    static Font font(int style, float size) {
        return new Font(FAMILY, style, Math.round(size));
    }

    static JLabel label(String text, int style, float size, Color colour) {
        JLabel label = new JLabel(text);
        label.setFont(font(style, size));
        label.setForeground(colour);
        return label;
    }

    /** A read-only, wrapping block of text on the panel's background. */
    static javax.swing.JTextArea textArea(int rows, float size, Color colour) {
        javax.swing.JTextArea area = new javax.swing.JTextArea(rows, 24);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setEditable(false);
        area.setFocusable(false);
        area.setOpaque(false);
        area.setFont(font(Font.PLAIN, size));
        area.setForeground(colour);
        return area;
    }

    static Color foreground(LookupCategory category) {
        return switch (category) {
            case OK -> new Color(0x1B7F3B);
            case WARNING -> new Color(0x8A5300);
            case FAILED -> PROBLEM;
            case NONE -> MUTED;
        };
    }

    static Color background(LookupCategory category) {
        return switch (category) {
            case OK -> new Color(0xE6F4EA);
            case WARNING -> new Color(0xFFF4E0);
            case FAILED -> new Color(0xFDE3E1);
            case NONE -> new Color(0xF1F3F5);
        };
    }

    private static String pickFamily() {
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        return Arrays.asList(families).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
    }
}
