package vn.tiepdon.core.text;

import java.util.Locale;
import vn.tiepdon.core.api.ErrorCode;

/**
 * The texts of the API contract, keyed by code, in Vietnamese and English
 * ({@code vn/tiepdon/core/text/contract_*.properties}): what an error means for the person in front
 * of the screen. The server fills {@code ApiError.patientMessage} with the Vietnamese text; kiosk,
 * desk and display show the text of their own language for the same code.
 */
public final class ContractText {
    public static final String BUNDLE = "vn.tiepdon.core.text.contract";
    private final ScreenText text;

    public ContractText(Locale locale) {
        this.text = new ScreenText(BUNDLE, locale);
    }

    public static ContractText vietnamese() {
        return new ContractText(ScreenText.VIETNAMESE);
    }

    public Locale locale() {
        return text.locale();
    }

    /** What a screen says for an error. */
    public String error(ErrorCode code) {
        return text.text(code.messageKey());
    }

    /** Any text of the contract bundle. */
    public String text(String key, Object... args) {
        return text.text(key, args);
    }
}
