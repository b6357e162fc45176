package vn.tiepdon.kiosk;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.tiepdon.core.eligibility.LookupClass;

/** The kiosk's screen and slip text in one language, from {@code messages_vi/en.properties}. */
public final class KioskMessages {
    private static final String BUNDLE = "vn.tiepdon.kiosk.messages";

    private final KioskLanguage language;
    private final ResourceBundle bundle;

    public KioskMessages(KioskLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public KioskLanguage language() {
        return language;
    }

    /**
     * The text for {@code key}; with arguments it is a {@link MessageFormat} pattern. A missing key
     * gives the key itself, so a screen never fails over a text.
     */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    /** What the BHYT lookup means for the patient, short, for the ticket screen. */
    public String lookupLabel(LookupClass lookupClass) {
        return text("lookup." + lookupClass.name());
    }
}
