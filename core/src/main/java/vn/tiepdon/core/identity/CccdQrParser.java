package vn.tiepdon.core.identity;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The CCCD-layout QR texts: plain UTF-8 fields separated by {@code |}, no terminator.
 * <ul>
 *   <li>7 fields: {@code ID(12)|CMND(9, or empty)|name|ddMMyyyy birth|Nam/Nữ|address|ddMMyyyy}.
 *       Field 7 is the issue date on the card's front QR ({@link DocumentKind#CCCD_QR}). The VNeID
 *       app's identity QR carries the same text, and sources disagree whether its field 7 is the
 *       issue or the expiry date: a date after today cannot be an issue date, so it is read as the
 *       expiry and the document is a {@link DocumentKind#VNEID_QR}; a date up to today is an issue
 *       date, and such a VNeID QR is the same text as the card's, so it stays a {@code CCCD_QR}
 *       (nothing in the text tells them apart). An expired VNeID QR (expiry in the past) is
 *       therefore read as a CCCD QR with that date as its issue date.</li>
 *   <li>6 fields: the same without the CMND slot.</li>
 *   <li>8 fields: the 7 fields and an expiry date {@code ddMMyyyy} (empty for a card without
 *       expiry), kept as {@code expiryDate}.</li>
 *   <li>8 fields whose 8th is not a date, or 9 and more: the 2024 Căn cước card's QR
 *       ({@link DocumentKind#CAN_CUOC_QR}); its layout is not published, so the 7 known fields are
 *       read as above (field 7 the issue date) and the rest kept as {@code unknownFields}.</li>
 * </ul>
 * The old ID slot also takes 12 digits: some provinces issued 12-digit CMND numbers.
 * Reasons quote 1-based field positions.
 */
final class CccdQrParser {

    private static final String QR = "CCCD QR";
    /** More fields than any identity QR carries is not one. */
    static final int MAX_FIELDS = 24;
    private static final java.util.regex.Pattern COMPACT_DATE = java.util.regex.Pattern.compile("\\d{8}");

    private CccdQrParser() {
    }

    static IdentityDocument parse(String[] fields, LocalDate today) throws Rejection {
        int n = fields.length;
        if (n < 6 || n > MAX_FIELDS) {
            throw new Rejection(QR + ": expected 6 to " + MAX_FIELDS + " fields, got " + n);
        }
        boolean canCuoc = n > 8 || (n == 8 && !isExpiryField(field(fields, 7)));
        int shift = n == 6 ? 0 : 1;
        CccdNumber id = CccdNumber.parse(field(fields, 0), label(0, "ID number"));
        Optional<String> oldId = n == 6 ? Optional.empty() : oldId(field(fields, 1), label(1, "old ID number"));
        String name = TextFields.name(field(fields, 1 + shift), label(1 + shift, "name"));
        String birthLabel = label(2 + shift, "birth date");
        PartialDate birth = DateFields.checkBirth(
                PartialDate.of(DateFields.compact(field(fields, 2 + shift), birthLabel)), today, birthLabel);
        Sex sex = sex(field(fields, 3 + shift), label(3 + shift, "sex"));
        Optional<String> address = TextFields.address(field(fields, 4 + shift), label(4 + shift, "address"));
        String dateLabel = label(5 + shift, n == 7 ? "issue date" : "issue date");
        LocalDate date = DateFields.compact(field(fields, 5 + shift), dateLabel);
        DocumentKind kind = canCuoc ? DocumentKind.CAN_CUOC_QR : DocumentKind.CCCD_QR;
        LocalDate issue = null;
        LocalDate expiry = null;
        if (n == 7 && date.isAfter(today)) {
            kind = DocumentKind.VNEID_QR;
            expiry = checkExpiryAfterBirth(date, birth, dateLabel);
        } else {
            issue = DateFields.checkIssue(date, birth, today, dateLabel.replace("issue or expiry date", "issue date"));
        }
        if (n == 8 && !canCuoc) {
            expiry = expiry(field(fields, 7), issue).orElse(null);
        }
        id.checkAgainst(birth, sex, QR);
        java.util.List<String> unknown = canCuoc
                ? java.util.Arrays.stream(fields, 7, n).map(String::strip).toList()
                : java.util.List.of();
        return IdentityDocument.builder(kind)
                .idNumber(id.value())
                .oldIdNumber(oldId.orElse(null))
                .fullName(name)
                .dateOfBirth(birth)
                .sex(sex)
                .address(address.orElse(null))
                .issueDate(issue)
                .expiryDate(expiry)
                .field7(n == 6 ? null : issue != null ? QrDateMeaning.ISSUE_DATE : QrDateMeaning.EXPIRY_DATE)
                .unknownFields(unknown)
                .build();
    }

    /** The 8th field of the 2021 card's 8-field QR: an expiry date, or empty for a card without one. */
    private static boolean isExpiryField(String text) {
        return text.isEmpty() || COMPACT_DATE.matcher(text).matches();
    }

    private static LocalDate checkExpiryAfterBirth(LocalDate expiry, PartialDate birth, String label) throws Rejection {
        boolean afterBirth = birth.fullDate().map(expiry::isAfter).orElse(expiry.getYear() > birth.year());
        if (!afterBirth) {
            throw new Rejection(label + " is not after the birth date");
        }
        return expiry;
    }

    private static Optional<String> oldId(String text, String label) throws Rejection {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!Digits.all(text) || (text.length() != 9 && text.length() != CccdNumber.LENGTH)) {
            throw new Rejection(label + " must be 9 digits, 12 digits or empty");
        }
        return Optional.of(text);
    }

    private static Sex sex(String text, String label) throws Rejection {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("nam")) {
            return Sex.MALE;
        }
        if (lower.equals("nữ")) {
            return Sex.FEMALE;
        }
        throw new Rejection(label + " must be \"Nam\" or \"Nữ\"");
    }

    private static Optional<LocalDate> expiry(String text, LocalDate issue) throws Rejection {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String label = label(7, "expiry date");
        LocalDate expiry = DateFields.compact(text, label);
        if (!expiry.isAfter(issue)) {
            throw new Rejection(label + " is not after the issue date");
        }
        return Optional.of(expiry);
    }

    private static String field(String[] fields, int index) {
        return fields[index].strip();
    }

    private static String label(int index, String name) {
        return QR + ": field " + (index + 1) + " (" + name + ")";
    }
}
