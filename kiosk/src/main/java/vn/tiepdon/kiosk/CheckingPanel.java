package vn.tiepdon.kiosk;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/** "Checking your BHYT card…" with a moving bar, so the screen never looks frozen. */
final class CheckingPanel extends JPanel {
    private final JLabel message = KioskStyle.paragraph(Font.BOLD, 48, KioskStyle.PRIMARY);
    private final JLabel wait = KioskStyle.label("", Font.PLAIN, 30, KioskStyle.TEXT);
    private final JProgressBar progress = new JProgressBar();

    CheckingPanel() {
        super(new GridBagLayout());
        setBackground(KioskStyle.BACKGROUND);
        progress.setIndeterminate(true);
        progress.setPreferredSize(new Dimension(600, 24));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new Insets(20, 0, 20, 0);
        add(message, c);
        add(progress, c);
        add(wait, c);
    }

    void show(KioskState.Checking state, KioskMessages m) {
        show(state.message(), m.text("checking.wait"));
    }

    /** A message with a smaller line under it (also used while a card waits on the reader). */
    void show(String text, String under) {
        KioskStyle.setParagraph(message, text);
        wait.setText(under);
    }

    /** Stops the bar's animation timer while another screen shows. */
    void setAnimating(boolean animating) {
        progress.setIndeterminate(animating);
    }
}
