package vn.tiepdon.core.eligibility;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meaning of every BHXH gateway result code ({@code maKetQua}) at reception, and the messages
 * for lookups that got no result code at all. Pure functions, no I/O.
 *
 * <p>Codes follow the official list of Phụ lục 03 (CV 1923/BHXH-CNTT) plus {@code 500} (QLBV),
 * {@code 080}/{@code 090} (VNPT HIS) and {@code 003.1} (seen in one client). A code not in the
 * list is a {@link LookupClass#GATEWAY_ERROR} that keeps its raw text.
 */
public final class ResultCodes {

    /** Which patient text a code gets ({@code lookup.patient.<KIND>} in the contract bundle). */
    public enum PatientKind { VALID, BRING_ID, NEW_CARD, EXTENDED, EXPIRED, NOT_FOUND, MISMATCH, NOT_USABLE, CHILD,
        NOT_CHECKED }

    private record Entry(LookupClass lookupClass, PatientKind patient, boolean retryable) {
    }

    private static final Pattern DOTTED_NUMBER = Pattern.compile("(\\d{1,3})(\\.\\d+)?");

    private static final Map<String, Entry> TABLE = table();
    private static final LookupTexts VIETNAMESE = LookupTexts.vietnamese();

    private ResultCodes() {
    }

    /**
     * The meaning of a gateway code, with the Vietnamese texts. Leading/trailing blanks are ignored
     * and short numeric codes are padded ({@code "0"} is {@code 000}, {@code "3.1"} is
     * {@code 003.1}); any other code is a non-retryable {@link LookupClass#GATEWAY_ERROR} that keeps
     * the raw code.
     */
    public static ResultCodeMeaning classify(String code) {
        String normalized = normalize(code == null ? "" : code);
        Entry e = TABLE.getOrDefault(normalized, new Entry(LookupClass.GATEWAY_ERROR, PatientKind.NOT_CHECKED, false));
        return new ResultCodeMeaning(normalized, e.lookupClass(), VIETNAMESE.patient(normalized),
                VIETNAMESE.staff(normalized), e.retryable());
    }

    /** Which patient text a code gets. */
    public static PatientKind patientKind(String code) {
        Entry e = TABLE.get(normalize(code == null ? "" : code));
        return e == null ? PatientKind.NOT_CHECKED : e.patient();
    }

    /**
     * The canonical form of a code: trimmed, the numeric part left-padded to 3 digits
     * ({@code "0"} → {@code "000"}, {@code "3.1"} → {@code "003.1"}). Other text is only trimmed.
     */
    public static String normalize(String code) {
        Objects.requireNonNull(code, "code");
        String trimmed = code.trim();
        Matcher m = DOTTED_NUMBER.matcher(trimmed);
        if (!m.matches()) {
            return trimmed;
        }
        String whole = "0".repeat(3 - m.group(1).length()) + m.group(1);
        return m.group(2) == null ? whole : whole + m.group(2);
    }

    /** Every code this table knows, in ascending order. */
    public static List<String> knownCodes() {
        return List.copyOf(TABLE.keySet());
    }

    /** Kiosk text (Vietnamese) for a lookup that got no result code: the patient always goes to the desk. */
    public static String patientMessage(LookupOutcome.Reason reason) {
        return VIETNAMESE.patientNoAnswer(reason);
    }

    /**
     * Desk text (Vietnamese) for a lookup that got no result code: what happened and what to do.
     *
     * @param detail technical detail (no personal data), appended in brackets when not blank
     */
    public static String staffMessage(LookupOutcome.Reason reason, String detail) {
        return VIETNAMESE.staffNoAnswer(reason, detail);
    }

    /** Kiosk text (Vietnamese) while a lookup is retried in the background. */
    public static String pendingPatientMessage() {
        return VIETNAMESE.patientPending();
    }

    /** Appended (Vietnamese) to the desk text of a lookup that is retried in the background. */
    public static String pendingStaffNote() {
        return VIETNAMESE.staffPendingNote();
    }

    private static Map<String, Entry> table() {
        Map<String, Entry> t = new LinkedHashMap<>();
        put(t, "000", LookupClass.ELIGIBLE, PatientKind.VALID);
        put(t, "001", LookupClass.ELIGIBLE_WITH_WARNING, PatientKind.BRING_ID);
        put(t, "002", LookupClass.ELIGIBLE_WITH_WARNING, PatientKind.BRING_ID);
        put(t, "003", LookupClass.ELIGIBLE_WITH_WARNING, PatientKind.NEW_CARD);
        put(t, "003.1", LookupClass.ELIGIBLE_WITH_WARNING, PatientKind.EXTENDED);
        put(t, "004", LookupClass.ELIGIBLE, PatientKind.VALID);
        put(t, "010", LookupClass.NOT_ELIGIBLE, PatientKind.EXPIRED);
        put(t, "050", LookupClass.NOT_ELIGIBLE, PatientKind.NOT_FOUND);
        for (String code : List.of("051", "052", "053", "060", "061", "070", "080", "090", "205")) {
            put(t, code, LookupClass.FIXABLE_DATA_ERROR, PatientKind.MISMATCH);
        }
        put(t, "054", LookupClass.SETUP_ERROR, PatientKind.NOT_CHECKED);
        put(t, "055", LookupClass.SETUP_ERROR, PatientKind.NOT_CHECKED);
        put(t, "401", LookupClass.SETUP_ERROR, PatientKind.NOT_CHECKED);
        for (String code : List.of("100", "101", "500")) {
            t.put(code, new Entry(LookupClass.GATEWAY_ERROR, PatientKind.NOT_CHECKED, true));
        }
        for (String code : List.of("110", "120", "121", "122", "123", "124")) {
            put(t, code, LookupClass.NOT_ELIGIBLE, PatientKind.NOT_USABLE);
        }
        put(t, "130", LookupClass.ELIGIBLE_WITH_WARNING, PatientKind.CHILD);
        Map<String, Entry> sorted = new java.util.TreeMap<>(t);
        return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    private static void put(Map<String, Entry> t, String code, LookupClass lookupClass, PatientKind patient) {
        t.put(code, new Entry(lookupClass, patient, false));
    }
}
