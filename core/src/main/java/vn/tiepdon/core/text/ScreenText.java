package vn.tiepdon.core.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Screen text in one language from a resource bundle ({@code messages_vi/en.properties}), with no
 * fallback to another language. With arguments a text is a {@link MessageFormat} pattern. A
 * missing key gives the key itself, so a screen never fails over a text.
 */
public final class ScreenText {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Locale locale;
    private final ResourceBundle bundle;

    public ScreenText(String bundleName, Locale locale) {
        this.locale = Objects.requireNonNull(locale);
        this.bundle = ResourceBundle.getBundle(bundleName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

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
