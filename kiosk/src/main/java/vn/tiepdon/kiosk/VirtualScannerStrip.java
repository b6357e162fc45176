package vn.tiepdon.kiosk;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** Demo only: buttons that feed sample codes into the same path as a real scanner, in rows that wrap. */
final class VirtualScannerStrip extends JPanel {
    private static final int COLUMNS = 3;

    VirtualScannerStrip(String title, List<DemoButton> samples, Consumer<String> scannerPath) {
        super(new BorderLayout(8, 4));
        setBackground(new Color(0xE3E8EF));
        setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        JLabel label = new JLabel(title);
        label.setFont(KioskStyle.font(Font.BOLD, 16));
        add(label, BorderLayout.NORTH);
        JPanel buttons = new JPanel(new GridLayout(0, COLUMNS, 8, 6));
        buttons.setOpaque(false);
        for (DemoButton sample : samples) {
            JButton button = new JButton(sample.label());
            button.setFont(KioskStyle.font(Font.PLAIN, 16));
            button.setFocusable(false);
            button.addActionListener(e -> {
                sample.before().ifPresent(Runnable::run);
                sample.code().ifPresent(scannerPath);
            });
            buttons.add(button);
        }
        add(buttons, BorderLayout.CENTER);
    }
}
