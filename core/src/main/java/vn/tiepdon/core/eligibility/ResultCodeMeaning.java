package vn.tiepdon.core.eligibility;

import java.util.Objects;

/**
 * What one gateway {@code maKetQua} means at reception.
 *
 * @param code           the code as the gateway sent it (unknown codes keep their raw text)
 * @param lookupClass    what it means for the patient and the counter
 * @param patientMessage short Vietnamese text for the kiosk screen and the ticket: what to do next
 * @param staffMessage   Vietnamese text for the receptionist: exactly what is wrong and how to fix it
 * @param retryable      true when asking again shortly may give a better answer (gateway-side errors)
 */
public record ResultCodeMeaning(String code, LookupClass lookupClass, String patientMessage, String staffMessage,
                                boolean retryable) {
    public ResultCodeMeaning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(lookupClass, "lookupClass");
        Objects.requireNonNull(patientMessage, "patientMessage");
        Objects.requireNonNull(staffMessage, "staffMessage");
    }
}
