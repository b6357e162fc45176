package vn.tiepdon.core.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Derives the chip's access keys without OCR: from the QR on the same card (ID, birth date and
 * issue date, the expiry by {@link CccdValidityRule}) or from values the patient types.
 *
 * <p>Without an issue date the expiry is not known; the candidates are, in order: the coming
 * milestone birthdays, then (from the age of 58) the lifetime values, then the past milestones
 * (an expired card still opens), at most {@link #MAX_ATTEMPTS}. A lifetime card gets
 * {@code <<<<<<} then {@code 991231} (the MRZ value of lifetime cards is not confirmed on a real
 * card: the reader logs which one worked).
 */
public final class ChipKeys {

    public static final int MAX_ATTEMPTS = 3;
    /** Second guess for a lifetime card's MRZ expiry: a far date. */
    public static final String FAR_EXPIRY = "991231";

    private static final DateTimeFormatter MRZ_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final int LIFETIME_FROM_AGE = 58;

    private ChipKeys() {
    }

    /**
     * Keys from a recognised document: needs a 12-digit ID and a full birth date (a CCCD QR has
     * both, and the issue date); empty otherwise.
     */
    public static Optional<ChipKeyCandidates> fromDocument(IdentityDocument document, LocalDate today) {
        Optional<String> id = document.idNumber().filter(ChipKeys::isCccdNumber);
        Optional<LocalDate> birth = document.dateOfBirth().flatMap(PartialDate::fullDate);
        if (id.isEmpty() || birth.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fromValues(id.get(), birth.get(), document.issueDate(), Optional.empty(), today));
    }

    /**
     * Keys from typed values. A known expiry gives one key; otherwise a known issue date gives
     * the rule's expiry (two keys for a lifetime card); otherwise the candidates described above.
     *
     * @throws IllegalArgumentException when the ID is not 12 digits
     */
    public static ChipKeyCandidates fromValues(String idNumber, LocalDate birthDate, Optional<LocalDate> issueDate,
            Optional<LocalDate> expiryDate, LocalDate today) {
        if (!isCccdNumber(idNumber)) {
            throw new IllegalArgumentException("a CCCD number has 12 digits");
        }
        String documentNumber = documentNumber(idNumber);
        String birth = mrzDate(birthDate);
        if (expiryDate.isPresent()) {
            return ChipKeyCandidates.of(new ChipAccessKey(documentNumber, birth, mrzDate(expiryDate.get()),
                    "typed expiry date"));
        }
        List<ChipAccessKey> keys = new ArrayList<>();
        if (issueDate.isPresent()) {
            CardValidity validity = CccdValidityRule.validity(birthDate, issueDate.get());
            if (validity instanceof CardValidity.Until until) {
                keys.add(new ChipAccessKey(documentNumber, birth, mrzDate(until.expiry()),
                        ageOf(birthDate, until.expiry()) + "th birthday (issue date rule)"));
            } else {
                addLifetime(keys, documentNumber, birth, "issue date rule");
            }
            return new ChipKeyCandidates(keys);
        }
        List<LocalDate> past = new ArrayList<>();
        for (int age : CccdValidityRule.MILESTONE_AGES) {
            LocalDate milestone = CccdValidityRule.birthday(birthDate, age);
            if (milestone.isAfter(today)) {
                keys.add(new ChipAccessKey(documentNumber, birth, mrzDate(milestone),
                        age + "th birthday (issue date unknown)"));
            } else {
                past.add(0, milestone);
            }
        }
        if (!CccdValidityRule.birthday(birthDate, LIFETIME_FROM_AGE).isAfter(today)) {
            addLifetime(keys, documentNumber, birth, "issue date unknown");
        }
        for (LocalDate milestone : past) {
            keys.add(new ChipAccessKey(documentNumber, birth, mrzDate(milestone),
                    ageOf(birthDate, milestone) + "th birthday, passed (issue date unknown)"));
        }
        return new ChipKeyCandidates(keys.subList(0, Math.min(MAX_ATTEMPTS, keys.size())));
    }

    /** The MRZ document number of a CCCD: the last 9 digits of the 12-digit ID. */
    public static String documentNumber(String idNumber) {
        return idNumber.substring(idNumber.length() - 9);
    }

    public static String mrzDate(LocalDate date) {
        return date.format(MRZ_DATE);
    }

    private static void addLifetime(List<ChipAccessKey> keys, String documentNumber, String birth, String why) {
        keys.add(new ChipAccessKey(documentNumber, birth, ChipAccessKey.FILLER_EXPIRY, "lifetime <<<<<< (" + why + ")"));
        keys.add(new ChipAccessKey(documentNumber, birth, FAR_EXPIRY, "lifetime " + FAR_EXPIRY + " (" + why + ")"));
    }

    private static int ageOf(LocalDate birth, LocalDate date) {
        return date.getYear() - birth.getYear();
    }

    private static boolean isCccdNumber(String text) {
        return text != null && text.length() == CccdNumber.LENGTH && Digits.all(text);
    }
}
