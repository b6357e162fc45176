package vn.tiepdon.desk;

import java.util.Locale;
import vn.tiepdon.core.eligibility.LookupTexts;
import vn.tiepdon.core.text.ContractText;
import vn.tiepdon.core.text.ScreenText;

/** The desk's screen text in one language, from {@code messages_vi/en.properties}. */
public final class DeskMessages {
    public static final Locale VIETNAMESE = ScreenText.VIETNAMESE;
    private static final String BUNDLE = "vn.tiepdon.desk.messages";

    private final ScreenText texts;
    private final ContractText contract;
    private final LookupTexts lookups;

    public DeskMessages(Locale locale) {
        this.texts = new ScreenText(BUNDLE, locale);
        this.contract = new ContractText(locale);
        this.lookups = new LookupTexts(locale);
    }

    /** What a BHYT lookup means for the receptionist, in the desk's language (from its code). */
    public LookupTexts lookups() {
        return lookups;
    }

    /** The API contract's texts (error codes...) in the desk's language. */
    public ContractText contract() {
        return contract;
    }

    /** The language of the texts (numbers and dates are written its way). */
    public Locale locale() {
        return texts.locale();
    }

    public static DeskMessages vietnamese() {
        return new DeskMessages(VIETNAMESE);
    }

    /** The text for {@code key}, formatted with {@code args}; a missing key gives the key itself. */
    public String text(String key, Object... args) {
        return texts.text(key, args);
    }
}
