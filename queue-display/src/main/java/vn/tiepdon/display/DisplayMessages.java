package vn.tiepdon.display;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The hall display text in one language, from {@code messages_vi/en.properties}. */
public final class DisplayMessages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "vn.tiepdon.display.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public DisplayMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public static DisplayMessages vietnamese() {
        return new DisplayMessages(VIETNAMESE);
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
