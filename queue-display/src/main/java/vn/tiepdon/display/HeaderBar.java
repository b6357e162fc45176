package vn.tiepdon.display;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;

/** Top strip: hospital name, the "disconnected" mark when the event stream is down, and the clock. */
final class HeaderBar extends JPanel {
    private final JLabel hospital = new JLabel();
    private final JLabel connection = new JLabel(" ");
    private final JLabel time = new JLabel(" ", SwingConstants.RIGHT);
    private final JLabel date = new JLabel(" ", SwingConstants.RIGHT);
    private final Clock clock;
    private final DateTimeFormatter timeFormat;
    private final DateTimeFormatter dateFormat;

    HeaderBar(String hospitalName, Clock clock, DisplayMessages m) {
        super(new BorderLayout(24, 0));
        this.clock = clock;
        this.timeFormat = DateTimeFormatter.ofPattern(m.text("clock.time"), m.locale());
        this.dateFormat = DateTimeFormatter.ofPattern(m.text("clock.date"), m.locale());
        setBackground(DisplayStyle.BACKGROUND);
        setBorder(BorderFactory.createEmptyBorder(12, 28, 12, 28));
        hospital.setText(hospitalName);
        hospital.setFont(DisplayStyle.font(Font.BOLD, 40));
        hospital.setForeground(DisplayStyle.TEXT);
        connection.setFont(DisplayStyle.font(Font.BOLD, 24));
        connection.setForeground(DisplayStyle.DISCONNECTED);
        connection.setText(m.text("connection.lost"));
        connection.setVisible(false);
        time.setFont(DisplayStyle.font(Font.BOLD, 44));
        time.setForeground(DisplayStyle.TEXT);
        date.setFont(DisplayStyle.font(Font.PLAIN, 22));
        date.setForeground(DisplayStyle.MUTED);
        JPanel clockPanel = new JPanel(new GridLayout(2, 1));
        clockPanel.setOpaque(false);
        clockPanel.add(time);
        clockPanel.add(date);
        JPanel left = new JPanel(new GridLayout(2, 1));
        left.setOpaque(false);
        left.add(hospital);
        left.add(connection);
        add(left, BorderLayout.CENTER);
        add(clockPanel, BorderLayout.EAST);
        tick();
    }

    /** Reads the clock again (the view calls it every second). */
    void tick() {
        var now = clock.instant().atZone(clock.getZone());
        time.setText(timeFormat.format(now));
        date.setText(dateFormat.format(now));
    }

    void showConnected(boolean connected) {
        connection.setVisible(!connected);
    }
}
