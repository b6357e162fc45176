package vn.tiepdon.display;

import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.util.List;
import javax.swing.JComponent;

/** The last calls, newest on top, one row each: number and counter, sized to fill the column. */
final class RecentCallsPanel extends JComponent {
    private final DisplayMessages messages;
    private final int rows;
    private List<Call> calls = List.of();

    RecentCallsPanel(DisplayMessages messages, int rows) {
        this.messages = messages;
        this.rows = rows;
        setOpaque(true);
    }

    void show(List<Call> recent) {
        calls = List.copyOf(recent);
        repaint();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            DisplayStyle.smooth(g);
            int w = getWidth();
            int h = getHeight();
            g.setColor(DisplayStyle.BACKGROUND);
            g.fillRect(0, 0, w, h);
            int titleHeight = Math.max(40, h / 10);
            g.setColor(DisplayStyle.MUTED);
            g.setFont(DisplayStyle.fitting(g, messages.text("recent.title"), Font.BOLD, titleHeight * 0.55f, w - 40));
            g.drawString(messages.text("recent.title"), 24, (int) (titleHeight * 0.7));
            int rowHeight = (h - titleHeight) / Math.max(1, rows);
            float size = Math.min(rowHeight * 0.55f, 72);
            for (int i = 0; i < calls.size() && i < rows; i++) {
                Call c = calls.get(i);
                int top = titleHeight + i * rowHeight;
                g.setColor(i % 2 == 0 ? DisplayStyle.PANEL : DisplayStyle.BACKGROUND);
                g.fillRect(12, top + 2, w - 24, rowHeight - 4);
                int baseline = top + (int) (rowHeight * 0.7);
                g.setFont(DisplayStyle.font(Font.BOLD, size));
                g.setColor(c.priority() ? DisplayStyle.PRIORITY : DisplayStyle.NUMBER);
                g.drawString(c.ticketNumber(), 32, baseline);
                String counter = messages.text("call.counter", c.counterName());
                g.setColor(DisplayStyle.COUNTER);
                g.setFont(DisplayStyle.fitting(g, counter, Font.PLAIN, size, w / 2 - 40));
                int cw = g.getFontMetrics().stringWidth(counter);
                g.drawString(counter, w - 32 - cw, baseline);
            }
        } finally {
            g.dispose();
        }
    }
}
