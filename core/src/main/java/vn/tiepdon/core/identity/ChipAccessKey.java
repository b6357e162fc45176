package vn.tiepdon.core.identity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One BAC/PACE key of a CCCD chip, as the MRZ spells it: the document number (the last 9 digits
 * of the 12-digit ID), the birth date and the expiry date as {@code YYMMDD}; the expiry of a
 * lifetime card may be {@code <<<<<<}.
 *
 * @param basis where the expiry came from, in English, without personal data (for logs and
 *              reports), e.g. {@code "40th birthday (issue date rule)"}
 */
public record ChipAccessKey(String documentNumber, String dateOfBirth, String dateOfExpiry, String basis) {

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[0-9]{9}");
    private static final Pattern MRZ_DATE = Pattern.compile("[0-9]{6}");

    /** The expiry the MRZ of a lifetime card may carry: ICAO filler characters. */
    public static final String FILLER_EXPIRY = "<<<<<<";

    public ChipAccessKey {
        Objects.requireNonNull(basis, "basis");
        if (documentNumber == null || !DOCUMENT_NUMBER.matcher(documentNumber).matches()) {
            throw new IllegalArgumentException("document number must be 9 digits");
        }
        if (dateOfBirth == null || !MRZ_DATE.matcher(dateOfBirth).matches()) {
            throw new IllegalArgumentException("birth date must be YYMMDD");
        }
        if (dateOfExpiry == null
                || !(MRZ_DATE.matcher(dateOfExpiry).matches() || dateOfExpiry.equals(FILLER_EXPIRY))) {
            throw new IllegalArgumentException("expiry date must be YYMMDD or " + FILLER_EXPIRY);
        }
    }

    /** Never prints the key itself: it is personal data. */
    @Override
    public String toString() {
        return "ChipAccessKey[" + basis + "]";
    }
}
