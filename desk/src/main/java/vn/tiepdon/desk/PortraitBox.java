package vn.tiepdon.desk;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.Image;
import java.awt.image.BufferedImage;
import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
import javax.swing.JLabel;
import javax.swing.SwingConstants;

/** A chip portrait scaled into a fixed box, or the note saying why there is none; hidden when nothing. */
final class PortraitBox extends JLabel {
    private static final long serialVersionUID = 1L;
    private final int width;
    private final int height;
    private transient BufferedImage shown;

    PortraitBox(int width, int height) {
        this.width = width;
        this.height = height;
        setHorizontalAlignment(SwingConstants.CENTER);
        setVerticalAlignment(SwingConstants.CENTER);
        setFont(DeskStyle.font(Font.PLAIN, 13));
        setForeground(DeskStyle.MUTED);
        setBorder(BorderFactory.createLineBorder(DeskStyle.MUTED));
        Dimension size = new Dimension(width, height);
        setPreferredSize(size);
        setMinimumSize(size);
        setMaximumSize(size);
        setVisible(false);
    }

    void show(DeskPortrait portrait) {
        if (portrait instanceof DeskPortrait.Picture p) {
            picture(p.image());
        } else if (portrait instanceof DeskPortrait.Note n) {
            text(n.text());
        } else if (portrait instanceof DeskPortrait.Loading l) {
            text(l.text());
        } else {
            shown = null;
            setIcon(null);
            setText(null);
            setVisible(false);
        }
    }

    private void text(String text) {
        shown = null;
        setIcon(null);
        setText("<html><div style='text-align:center'>" + escape(text) + "</div></html>");
        setVisible(true);
    }

    private void picture(BufferedImage image) {
        if (image != shown) {
            shown = image;
            double scale = Math.min((width - 4) / (double) image.getWidth(), (height - 4) / (double) image.getHeight());
            int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
            setIcon(new ImageIcon(image.getScaledInstance(w, h, Image.SCALE_SMOOTH)));
            setText(null);
        }
        setVisible(true);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
