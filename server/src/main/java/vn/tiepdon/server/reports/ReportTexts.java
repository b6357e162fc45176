package vn.tiepdon.server.reports;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's Vietnamese texts ({@code report_vi.properties}): column titles and values. */
final class ReportTexts {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private final ResourceBundle bundle;

    private ReportTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static ReportTexts vietnamese() {
        return new ReportTexts(ResourceBundle.getBundle("vn.tiepdon.server.reports.report", VIETNAMESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(args);
    }
}
