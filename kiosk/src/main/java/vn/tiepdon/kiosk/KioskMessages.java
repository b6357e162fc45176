package vn.tiepdon.kiosk;

import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupTexts;
import vn.tiepdon.core.text.ContractText;
import vn.tiepdon.core.text.ScreenText;

/** The kiosk's screen and slip text in one language, from {@code messages_vi/en.properties}. */
public final class KioskMessages {
    private static final String BUNDLE = "vn.tiepdon.kiosk.messages";

    private final KioskLanguage language;
    private final ScreenText texts;
    private final LookupTexts lookups;
    private final ContractText contract;

    public KioskMessages(KioskLanguage language) {
        this.language = language;
        this.texts = new ScreenText(BUNDLE, language.locale());
        this.lookups = new LookupTexts(language.locale());
        this.contract = new ContractText(language.locale());
    }

    /** What a BHYT lookup means, in this language (rendered from its code, not the server's text). */
    public LookupTexts lookups() {
        return lookups;
    }

    /** What an API error means, in this language. */
    public ContractText contract() {
        return contract;
    }

    public KioskLanguage language() {
        return language;
    }

    /**
     * The text for {@code key}; with arguments it is a {@link MessageFormat} pattern. A missing key
     * gives the key itself, so a screen never fails over a text.
     */
    public String text(String key, Object... args) {
        return texts.text(key, args);
    }

    /** What the BHYT lookup means for the patient, short, for the ticket screen. */
    public String lookupLabel(LookupClass lookupClass) {
        return text("lookup." + lookupClass.name());
    }
}
