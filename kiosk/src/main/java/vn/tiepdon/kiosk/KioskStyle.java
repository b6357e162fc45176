package vn.tiepdon.kiosk;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.awt.Insets;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import vn.tiepdon.core.eligibility.LookupClass;

/** Fonts, colours and touch-size widgets of the kiosk: big text for elderly, first-time users. */
final class KioskStyle {
    static final String FAMILY = pickFamily();
    static final Color BACKGROUND = new Color(0xF4F7FB);
    static final Color TEXT = new Color(0x1A2433);
    static final Color PRIMARY = new Color(0x0B5CAD);
    static final Color OK = new Color(0x1B7F3B);
    static final Color WARNING = new Color(0xB26A00);
    static final Color PROBLEM = new Color(0xB3261E);
    static final Color PROBLEM_BACKGROUND = new Color(0xFDECEA);
    /** Behind a choice the patient made (fee-paying chosen on the first screen). */
    static final Color CHOSEN_BACKGROUND = new Color(0xE3EEFA);
    static final int BUTTON_HEIGHT = 96;
    /** Width in screen pixels at which long paragraphs wrap. */
    static final int PARAGRAPH_WIDTH = 760;

    /**
     * Swing's HTML renderer scales CSS pixels by the screen resolution (×1.3 at 96–99 dpi), so the
     * CSS width that renders as {@link #PARAGRAPH_WIDTH} screen pixels is measured once.
     */
    private static volatile int paragraphCssWidth;

    private KioskStyle() {
    }

    static Font font(int style, float size) {
        return new Font(FAMILY, style, Math.round(size));
    }

    /** A centred one-line label. */
    static JLabel label(String text, int style, float size, Color colour) {
        JLabel label = new JLabel(text, SwingConstants.CENTER);
        label.setFont(font(style, size));
        label.setForeground(colour);
        return label;
    }

    /** A centred label whose text wraps; set its text with {@link #setParagraph}. */
    static JLabel paragraph(int style, float size, Color colour) {
        JLabel label = label("", style, size, colour);
        label.setHorizontalAlignment(SwingConstants.CENTER);
        return label;
    }

    static void setParagraph(JLabel label, String text) {
        label.setText("<html><div style='width:" + paragraphCssWidth() + "px;text-align:center'>"
                + escape(text) + "</div></html>");
    }

    private static int paragraphCssWidth() {
        int w = paragraphCssWidth;
        if (w == 0) {
            JLabel probe = new JLabel("<html><div style='width:100px'>" + "mmmm ".repeat(40) + "</div></html>");
            double scale = Math.max(0.5, Math.min(3.0, probe.getPreferredSize().width / 100.0));
            w = (int) Math.floor(PARAGRAPH_WIDTH / scale);
            paragraphCssWidth = w;
        }
        return w;
    }

    /** A touch-size button (at least {@link #BUTTON_HEIGHT} px high, 30 pt text). */
    static JButton button(String text, boolean primary) {
        JButton button = new JButton(text);
        button.setFont(font(Font.BOLD, 30));
        button.setFocusable(false);
        button.setMinimumSize(new Dimension(200, BUTTON_HEIGHT));
        button.setPreferredSize(new Dimension(Math.max(280, button.getPreferredSize().width + 64), BUTTON_HEIGHT));
        if (primary) {
            button.setBackground(PRIMARY);
            button.setForeground(Color.WHITE);
        }
        button.setMargin(new Insets(12, 32, 12, 32));
        return button;
    }

    static void setButtonText(JButton button, String text) {
        button.setText(text);
        button.setPreferredSize(null);
        button.setPreferredSize(new Dimension(Math.max(280, button.getPreferredSize().width + 64), BUTTON_HEIGHT));
    }

    static Color colourOf(LookupClass lookupClass) {
        return switch (lookupClass) {
            case ELIGIBLE -> OK;
            case ELIGIBLE_WITH_WARNING -> WARNING;
            default -> PROBLEM;
        };
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }

    private static String pickFamily() {
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        return Arrays.asList(families).contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
    }
}
