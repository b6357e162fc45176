package vn.tiepdon.kiosk;

import java.util.Locale;

/** The languages a patient can pick on the kiosk; Vietnamese is the default for every patient. */
public enum KioskLanguage {
    VIETNAMESE(Locale.forLanguageTag("vi")),
    ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    KioskLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The other language, for the one switch button on the idle screen. */
    public KioskLanguage other() {
        return this == VIETNAMESE ? ENGLISH : VIETNAMESE;
    }
}
