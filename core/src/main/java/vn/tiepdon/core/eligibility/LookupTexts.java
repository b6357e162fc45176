package vn.tiepdon.core.eligibility;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.VisitHistoryView;
import vn.tiepdon.core.text.ContractText;

/**
 * What a lookup means in words, in one language, from the contract bundle
 * ({@code lookup.patient.*}, {@code lookup.staff.*}): the patient's text (kiosk, ticket) and the
 * receptionist's (desk), by result code or by why there was no answer. The server gives
 * Vietnamese ({@code patientMessage}, {@code staffMessage} in the API); kiosk and desk render the
 * same lookup in their own language.
 */
public final class LookupTexts {
    private final ContractText texts;

    public LookupTexts(Locale locale) {
        this.texts = new ContractText(locale);
    }

    public static LookupTexts vietnamese() {
        return new LookupTexts(ContractText.vietnamese().locale());
    }

    public Locale locale() {
        return texts.locale();
    }

    /** The patient's text for a result code (any code: unknown ones send the patient to the desk). */
    public String patient(String code) {
        return texts.text("lookup.patient." + ResultCodes.patientKind(code).name());
    }

    /** The receptionist's text for a result code: {@code Mã 070: what — what to do}. */
    public String staff(String code) {
        String normalized = ResultCodes.normalize(code == null ? "" : code);
        String what = ResultCodes.knownCodes().contains(normalized) ? texts.text("lookup.staff." + normalized)
                : texts.text("lookup.staff.UNKNOWN_CODE");
        String shown = normalized.isEmpty() ? texts.text("lookup.staff.EMPTY_CODE") : normalized;
        return texts.text("lookup.staff.code", shown, what);
    }

    /** The patient's text when the gateway gave no result code. */
    public String patientNoAnswer(LookupOutcome.Reason reason) {
        Objects.requireNonNull(reason, "reason");
        return texts.text(reason == LookupOutcome.Reason.TEMPORARY_CARD ? "lookup.patient.TEMPORARY_CARD"
                : "lookup.patient.NOT_CHECKED");
    }

    /**
     * The receptionist's text when the gateway gave no result code: what happened and what to do.
     *
     * @param detail technical detail (no personal data), in brackets when not blank
     */
    public String staffNoAnswer(LookupOutcome.Reason reason, String detail) {
        Objects.requireNonNull(reason, "reason");
        String shown = detail == null || detail.isBlank() ? "" : " (" + detail.trim() + ")";
        return texts.text("lookup.staff.noAnswer", texts.text("lookup.staff.noAnswer." + reason.name()), shown,
                texts.text("lookup.staff.todo." + reason.name()));
    }

    /** The patient's text while the lookup is retried in the background. */
    public String patientPending() {
        return texts.text("lookup.patient.PENDING");
    }

    /** Appended to the receptionist's text while the lookup is retried in the background. */
    public String staffPendingNote() {
        return texts.text("lookup.staff.PENDING_NOTE");
    }

    /** The patient's text for a stored lookup as the API shows it. */
    public String patient(LookupView lookup) {
        if (lookup.pending()) {
            return patientPending();
        }
        return lookup.code().map(this::patient)
                .orElseGet(() -> patientNoAnswer(lookup.outcome().reason().orElse(LookupOutcome.Reason.NOT_SENT)));
    }

    /** The receptionist's text for a stored lookup as the API shows it (without the technical detail). */
    public String staff(LookupView lookup) {
        Optional<LookupOutcome.Reason> reason = lookup.outcome().reason();
        String text = lookup.code().isPresent() || reason.isEmpty() ? staff(lookup.code().orElse(""))
                : staffNoAnswer(reason.get(), "");
        return lookup.pending() ? text + staffPendingNote() : text;
    }

    /** The receptionist's text for a visit history the gateway gave: how many visits it lists, or none. */
    public String historyVisits(int count) {
        return count == 0 ? texts.text("history.staff.none") : texts.text("history.staff.visits", count);
    }

    /**
     * The receptionist's text for a visit history as the API shows it (without the technical
     * detail): how many visits, or the code's text (what is wrong, what to do), or why the gateway
     * gave no answer.
     */
    public String history(VisitHistoryView history) {
        if (history.historyGiven()) {
            return historyVisits(history.visits().size());
        }
        Optional<LookupOutcome.Reason> reason = history.outcome().reason();
        return history.code().isPresent() || reason.isEmpty() ? staff(history.code().orElse(""))
                : staffNoAnswer(reason.get(), "");
    }

    /**
     * What the kiosk and the ticket say after a check-in: the lookup's text and the number, or, when
     * the chip's data failed passive authentication, to bring the card to the desk.
     */
    public String instruction(LookupView lookup, String ticketNumber, boolean identityTampered) {
        if (identityTampered) {
            return texts.text("instruction.tampered", patient(lookup), ticketNumber);
        }
        String key = !lookup.pending() && lookup.lookupClass().isSuccess() ? "instruction.eligible"
                : "instruction.other";
        return texts.text(key, patient(lookup), ticketNumber);
    }
}
