package vn.tiepdon.desk;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Window;
import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/** The desk's dialogs share this: a modal window around a panel; Enter presses OK, Esc closes. */
final class DeskDialogs {
    private DeskDialogs() {
    }

    /** A modal dialog over {@code owner} showing {@code panel}; {@code ok} is its default button. */
    static JDialog open(Component owner, String title, JComponent panel, JButton ok) {
        Window window = owner == null ? null : SwingUtilities.getWindowAncestor(owner);
        JDialog dialog = new JDialog(window, title, java.awt.Dialog.ModalityType.APPLICATION_MODAL);
        dialog.getContentPane().add(panel, BorderLayout.CENTER);
        JRootPane root = dialog.getRootPane();
        root.setDefaultButton(ok);
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke("ESCAPE"), "close");
        root.getActionMap().put("close", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                dialog.dispose();
            }
        });
        dialog.pack();
        dialog.setLocationRelativeTo(window);
        return dialog;
    }

    /** Calls {@code changed} after every edit of {@code field}. */
    static void onEdit(JTextComponent field, Runnable changed) {
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed.run();
            }
        });
    }
}
