package vn.tiepdon.kiosk;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import vn.tiepdon.core.queue.ClinicDefinition;

/**
 * The registration screen: one big button per clinic (its name, and the room under it), eight to a
 * page with "more" and "previous" when there are more; "not sure" checks in without a clinic (the
 * desk registers the patient), "back" returns to the first screen. Texts at 30 pt, buttons over
 * 100 px high, for elderly patients.
 */
final class ClinicPanel extends JPanel {
    /** Clinics on one page: two columns of four. */
    static final int PAGE_SIZE = 8;
    private static final int COLUMNS = 2;
    static final int CLINIC_BUTTON_HEIGHT = 112;
    private static final int LAST_ROW_HEIGHT = KioskStyle.BUTTON_HEIGHT + 16;

    private final JLabel title = KioskStyle.paragraph(Font.BOLD, 44, KioskStyle.TEXT);
    private final JLabel hint = KioskStyle.paragraph(Font.PLAIN, 28, KioskStyle.TEXT);
    private final JPanel grid = new JPanel(new GridLayout(PAGE_SIZE / COLUMNS, COLUMNS, 24, 18));
    private final JButton previous = KioskStyle.button("", false);
    private final JButton next = KioskStyle.button("", false);
    private final JButton skip = KioskStyle.button("", false);
    private final JButton back = KioskStyle.button("", false);
    private final JPanel pager = new JPanel(new FlowLayout(FlowLayout.CENTER, 24, 0));
    private final Consumer<String> onClinic;
    private List<ClinicDefinition> clinics = List.of();
    private int page;

    ClinicPanel(Consumer<String> onClinic, Runnable onSkip, Runnable onBack) {
        super(new BorderLayout(0, 24));
        this.onClinic = onClinic;
        setBackground(KioskStyle.BACKGROUND);
        setBorder(BorderFactory.createEmptyBorder(28, 40, 28, 40));

        JPanel top = new JPanel(new GridBagLayout());
        top.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new Insets(4, 0, 4, 0);
        top.add(title, c);
        top.add(hint, c);
        add(top, BorderLayout.NORTH);

        grid.setOpaque(false);
        add(grid, BorderLayout.CENTER);

        // pages on their own row; "back" and "not sure" always on the last row, "not sure" taking the
        // rest of the width (its text wraps on a narrow screen rather than falling off it)
        JPanel bottom = new JPanel(new GridBagLayout());
        bottom.setOpaque(false);
        pager.setOpaque(false);
        pager.add(previous);
        pager.add(next);
        GridBagConstraints b = new GridBagConstraints();
        b.gridx = 0;
        b.gridy = 0;
        b.gridwidth = 2;
        b.insets = new Insets(0, 0, 16, 0);
        bottom.add(pager, b);
        b.gridy = 1;
        b.gridwidth = 1;
        b.insets = new Insets(0, 0, 0, 24);
        bottom.add(back, b);
        b.gridx = 1;
        b.weightx = 1;
        b.fill = GridBagConstraints.HORIZONTAL;
        b.insets = new Insets(0, 0, 0, 0);
        bottom.add(skip, b);
        add(bottom, BorderLayout.SOUTH);

        previous.addActionListener(e -> showPage(page - 1));
        next.addActionListener(e -> showPage(page + 1));
        skip.addActionListener(e -> onSkip.run());
        back.addActionListener(e -> onBack.run());
    }

    void show(KioskState.ChoosingClinic state, KioskMessages m) {
        KioskStyle.setParagraph(title, m.text("clinic.title"));
        KioskStyle.setParagraph(hint, m.text("clinic.hint"));
        KioskStyle.setButtonText(previous, m.text("clinic.previous"));
        KioskStyle.setButtonText(next, m.text("clinic.next"));
        KioskStyle.setButtonText(back, m.text("clinic.back"));
        // "not sure" may wrap to two lines: both buttons of the last row a little higher
        skip.setText("<html><div style='text-align:center'>" + KioskStyle.escape(m.text("clinic.skip"))
                + "</div></html>");
        skip.setPreferredSize(new Dimension(320, LAST_ROW_HEIGHT));
        back.setPreferredSize(new Dimension(back.getPreferredSize().width, LAST_ROW_HEIGHT));
        clinics = state.clinics();
        showPage(0);
    }

    /** The clinics of page {@code index} (0 first). */
    static List<ClinicDefinition> page(List<ClinicDefinition> all, int index) {
        int from = Math.min(all.size(), index * PAGE_SIZE);
        return all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
    }

    /** How many pages {@code all} fill (at least one). */
    static int pages(List<ClinicDefinition> all) {
        return Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private void showPage(int index) {
        page = Math.max(0, Math.min(index, pages(clinics) - 1));
        grid.removeAll();
        List<ClinicDefinition> shown = page(clinics, page);
        for (ClinicDefinition clinic : shown) {
            grid.add(clinicButton(clinic));
        }
        for (int i = shown.size(); i < PAGE_SIZE; i++) {
            JPanel empty = new JPanel();
            empty.setOpaque(false);
            grid.add(empty);
        }
        previous.setVisible(page > 0);
        next.setVisible(page < pages(clinics) - 1);
        pager.setVisible(pages(clinics) > 1);
        grid.revalidate();
        grid.repaint();
    }

    private JButton clinicButton(ClinicDefinition clinic) {
        JButton button = new JButton("<html><div style='text-align:center'>" + KioskStyle.escape(clinic.name())
                + "<br><span style='font-weight:normal'>" + KioskStyle.escape(clinic.room()) + "</span></div></html>");
        button.setName("clinic:" + clinic.id());
        button.setFont(KioskStyle.font(Font.BOLD, 30));
        button.setFocusable(false);
        button.setBackground(java.awt.Color.WHITE);
        button.setForeground(KioskStyle.PRIMARY);
        button.setMargin(new Insets(8, 16, 8, 16));
        button.setPreferredSize(new Dimension(420, CLINIC_BUTTON_HEIGHT));
        button.setMinimumSize(new Dimension(240, CLINIC_BUTTON_HEIGHT));
        button.addActionListener(e -> onClinic.accept(clinic.id()));
        return button;
    }

    /** The clinic buttons on the page shown (tests read their names and texts). */
    List<JButton> clinicButtons() {
        List<JButton> out = new ArrayList<>();
        for (java.awt.Component c : grid.getComponents()) {
            if (c instanceof JButton b) {
                out.add(b);
            }
        }
        return out;
    }
}
