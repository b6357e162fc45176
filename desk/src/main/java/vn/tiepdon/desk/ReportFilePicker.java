package vn.tiepdon.desk;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import vn.tiepdon.core.api.ReportFormat;

/** Where to save a report: asks the person (a file dialog); tests answer without one. Called on the EDT. */
interface ReportFilePicker {
    /** The file chosen, with the format's extension; empty when the person cancelled. */
    Optional<Path> pick(Component parent, String title, String suggestedName, ReportFormat format);

    /** The Swing file dialog; the extension is added when the typed name lacks it. */
    static ReportFilePicker fileDialog() {
        return (parent, title, suggestedName, format) -> {
            String extension = format.name().toLowerCase(Locale.ROOT);
            JFileChooser chooser = new JFileChooser();
            chooser.setDialogTitle(title);
            chooser.setFileFilter(new FileNameExtensionFilter(format.name(), extension));
            chooser.setSelectedFile(new File(suggestedName));
            if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
                return Optional.empty();
            }
            File file = chooser.getSelectedFile();
            if (!file.getName().toLowerCase(Locale.ROOT).endsWith("." + extension)) {
                file = new File(file.getParentFile(), file.getName() + "." + extension);
            }
            return Optional.of(file.toPath());
        };
    }
}
