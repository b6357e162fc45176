package vn.tiepdon.display;

import java.util.Locale;
import vn.tiepdon.core.text.ScreenText;

/** The hall display text in one language, from {@code messages_vi/en.properties}. */
public final class DisplayMessages {
    public static final Locale VIETNAMESE = ScreenText.VIETNAMESE;
    private static final String BUNDLE = "vn.tiepdon.display.messages";

    private final ScreenText texts;

    public DisplayMessages(Locale locale) {
        this.texts = new ScreenText(BUNDLE, locale);
    }

    public Locale locale() {
        return texts.locale();
    }

    public static DisplayMessages vietnamese() {
        return new DisplayMessages(VIETNAMESE);
    }

    /** The text for {@code key}, formatted with {@code args}; a missing key gives the key itself. */
    public String text(String key, Object... args) {
        return texts.text(key, args);
    }
}
