package vn.tiepdon.core.stats;

import java.util.Locale;
import java.util.Optional;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.ResultCodes;
import vn.tiepdon.core.text.ContractText;

/**
 * What a lookup's result means, in a few words, for reports: the key of {@link CodeCounts} is the
 * gateway's code ({@code 000}, {@code 061}…) or, when the gateway gave no code, the reason there was
 * no answer ({@code TIMEOUT}…). The texts are the receptionist's ones of the contract bundle
 * ({@code lookup.staff.<code>}, {@code lookup.staff.noAnswer.<REASON>}) without what to do next.
 */
public final class CodeMeanings {
    /** The key of a lookup that has neither a code nor a reason (should not occur). */
    public static final String NONE = "NONE";
    private static final String ADVICE_SEPARATOR = " — ";
    private final ContractText texts;

    public CodeMeanings(Locale locale) {
        this.texts = new ContractText(locale);
    }

    public static CodeMeanings vietnamese() {
        return new CodeMeanings(ContractText.vietnamese().locale());
    }

    /** The key a lookup counts under: its code (normalized) when it has one, else its reason's name. */
    public static String key(Optional<String> code, Optional<LookupOutcome.Reason> reason) {
        return code.map(ResultCodes::normalize).filter(c -> !c.isEmpty())
                .orElseGet(() -> reason.map(Enum::name).orElse(NONE));
    }

    /** The meaning of a key of {@link #key}. */
    public String of(String key) {
        Optional<LookupOutcome.Reason> reason = reason(key);
        if (reason.isPresent()) {
            return texts.text("lookup.staff.noAnswer." + reason.get().name());
        }
        if (NONE.equals(key)) {
            return texts.text("lookup.staff.EMPTY_CODE");
        }
        String normalized = ResultCodes.normalize(key);
        String what = ResultCodes.knownCodes().contains(normalized) ? texts.text("lookup.staff." + normalized)
                : texts.text("lookup.staff.UNKNOWN_CODE");
        int cut = what.indexOf(ADVICE_SEPARATOR);
        return cut < 0 ? what : what.substring(0, cut);
    }

    private static Optional<LookupOutcome.Reason> reason(String key) {
        for (LookupOutcome.Reason r : LookupOutcome.Reason.values()) {
            if (r.name().equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
