package vn.tiepdon.devices.printing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A column of text lines drawn with Java2D into a 1-bit image of a fixed width (the printer's dots).
 * Long text wraps at word boundaries; works with {@code java.awt.headless=true}.
 */
final class RasterBlock {

    enum Align { LEFT, CENTER }

    /** Anti-aliasing off: the image is 1-bit, grey edges would only be thresholded away. */
    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);

    private sealed interface Row permits TextRow, RuleRow {
        int height();
    }

    private record TextRow(TextLayout layout, Align align, int gapBefore, int ascent, int descent) implements Row {
        @Override
        public int height() {
            return gapBefore + ascent + descent;
        }
    }

    private record RuleRow(int thickness, int gapBefore) implements Row {
        @Override
        public int height() {
            return gapBefore + thickness;
        }
    }

    private final int width;
    private final int margin;
    private final List<Row> rows = new ArrayList<>();

    RasterBlock(int width, int margin) {
        if (width <= 2 * margin) {
            throw new IllegalArgumentException("width " + width + " leaves no room inside margin " + margin);
        }
        this.width = width;
        this.margin = margin;
    }

    /** Adds {@code text} wrapped to the block width; blank text adds nothing. */
    RasterBlock text(Font font, String text, Align align, int gapBefore) {
        String normalized = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (normalized.isEmpty()) {
            return this;
        }
        AttributedString attributed = new AttributedString(normalized);
        attributed.addAttribute(TextAttribute.FONT, font);
        LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(), FRC);
        float wrapWidth = width - 2f * margin;
        int gap = gapBefore;
        while (measurer.getPosition() < normalized.length()) {
            TextLayout layout = measurer.nextLayout(wrapWidth);
            rows.add(textRow(layout, align, gap));
            gap = 0;
        }
        return this;
    }

    /** Adds one line of {@code text} in {@code font}, shrunk until it fits the width. */
    RasterBlock fittedLine(Font font, String text, Align align, int gapBefore) {
        String normalized = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (normalized.isEmpty()) {
            return this;
        }
        Font current = font;
        TextLayout layout = new TextLayout(normalized, current, FRC);
        while (layout.getAdvance() > width - 2f * margin && current.getSize2D() > 8f) {
            current = current.deriveFont(current.getSize2D() * 0.9f);
            layout = new TextLayout(normalized, current, FRC);
        }
        rows.add(textRow(layout, align, gapBefore));
        return this;
    }

    /** Adds a horizontal rule across the text width. */
    RasterBlock rule(int thickness, int gapBefore) {
        rows.add(new RuleRow(thickness, gapBefore));
        return this;
    }

    /** Draws the rows, {@code padding} dots of white above and below. */
    BufferedImage toImage(int padding) {
        int height = 2 * padding + rows.stream().mapToInt(Row::height).sum();
        BufferedImage image = new BufferedImage(width, Math.max(1, height), BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            int y = padding;
            for (Row row : rows) {
                y += drawRow(g, row, y);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private int drawRow(Graphics2D g, Row row, int top) {
        if (row instanceof TextRow text) {
            float advance = text.layout().getAdvance();
            float x = text.align() == Align.CENTER ? (width - advance) / 2f : margin;
            text.layout().draw(g, x, top + text.gapBefore() + text.ascent());
        } else if (row instanceof RuleRow rule) {
            g.fillRect(margin, top + rule.gapBefore(), width - 2 * margin, rule.thickness());
        }
        return row.height();
    }

    /** Line height from the drawn glyphs too, so stacked Vietnamese marks (Ấ, Ỗ) are never clipped. */
    private static TextRow textRow(TextLayout layout, Align align, int gapBefore) {
        Rectangle2D ink = layout.getBounds();
        int ascent = (int) Math.ceil(Math.max(layout.getAscent(), -ink.getMinY())) + 1;
        int descent = (int) Math.ceil(Math.max(layout.getDescent() + layout.getLeading(), ink.getMaxY())) + 1;
        return new TextRow(layout, align, gapBefore, ascent, descent);
    }
}
