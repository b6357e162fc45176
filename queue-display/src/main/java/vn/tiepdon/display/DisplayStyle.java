package vn.tiepdon.display;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.util.Arrays;

/** The hall board's dark palette and font sizing for 1.5 m and more. Colours are set explicitly. */
final class DisplayStyle {
    static final String FAMILY = pickFamily();
    static final Color BACKGROUND = new Color(0x0B111C);
    static final Color PANEL = new Color(0x141D2D);
    static final Color HIGHLIGHT = new Color(0x1F4E8C);
    static final Color TEXT = new Color(0xF2F5FA);
    static final Color MUTED = new Color(0x93A1B5);
    static final Color NUMBER = new Color(0xFFD34D);
    static final Color PRIORITY = new Color(0xFF8A65);
    static final Color COUNTER = new Color(0x7FD1FF);
    static final Color DISCONNECTED = new Color(0xFF5252);

    private DisplayStyle() {
    }

    static Font font(int style, float size) {
        return new Font(FAMILY, style, Math.max(1, Math.round(size)));
    }

    /** The largest font up to {@code maxSize} at which {@code text} fits {@code width}. */
    static Font fitting(Graphics2D g, String text, int style, float maxSize, int width) {
        Font f = font(style, maxSize);
        FontMetrics fm = g.getFontMetrics(f);
        int w = fm.stringWidth(text);
        if (w <= width || w == 0) {
            return f;
        }
        return font(style, maxSize * width / w);
    }

    static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    /** Draws {@code text} centred horizontally in {@code width} with its baseline at {@code y}. */
    static void centred(Graphics2D g, String text, int width, int y) {
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (width - w) / 2, y);
    }

    private static String pickFamily() {
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        return Arrays.asList(families).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
    }
}
