package vn.tiepdon.desk;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The desk's screen text in one language, from {@code messages_vi/en.properties}. */
public final class DeskMessages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "vn.tiepdon.desk.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public DeskMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static DeskMessages vietnamese() {
        return new DeskMessages(VIETNAMESE);
    }

    /** The text for {@code key}, formatted with {@code args}; a missing key gives the key itself. */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
