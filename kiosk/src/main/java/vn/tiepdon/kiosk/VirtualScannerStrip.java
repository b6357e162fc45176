package vn.tiepdon.kiosk;

import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** Demo only: buttons that feed sample codes into the same path as a real scanner. */
final class VirtualScannerStrip extends JPanel {
    VirtualScannerStrip(String title, List<Map.Entry<String, String>> samples, Consumer<String> scannerPath) {
        super(new FlowLayout(FlowLayout.LEFT, 8, 6));
        setBackground(new Color(0xE3E8EF));
        JLabel label = new JLabel(title);
        label.setFont(KioskStyle.font(Font.BOLD, 16));
        add(label);
        for (Map.Entry<String, String> sample : samples) {
            JButton button = new JButton(sample.getKey());
            button.setFont(KioskStyle.font(Font.PLAIN, 16));
            button.setFocusable(false);
            String code = sample.getValue();
            button.addActionListener(e -> scannerPath.accept(code));
            add(button);
        }
    }
}
