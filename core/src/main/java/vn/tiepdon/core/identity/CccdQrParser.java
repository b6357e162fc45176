package vn.tiepdon.core.identity;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The QR on the front of a chip CCCD: plain UTF-8 fields separated by {@code |}, no terminator.
 * <ul>
 *   <li>7 fields: {@code ID(12)|CMND(9, or empty)|name|ddMMyyyy birth|Nam/Nữ|address|ddMMyyyy issue}</li>
 *   <li>6 fields: the same without the CMND slot</li>
 *   <li>8 fields: the 7 fields and an expiry date {@code ddMMyyyy} (empty for a card without
 *       expiry); it is validated but not kept, the document has no expiry field</li>
 * </ul>
 * The old ID slot also takes 12 digits: some provinces issued 12-digit CMND numbers.
 * Reasons quote 1-based field positions.
 */
final class CccdQrParser {

    private static final String QR = "CCCD QR";

    private CccdQrParser() {
    }

    static IdentityDocument parse(String[] fields, LocalDate today) throws Rejection {
        int n = fields.length;
        if (n < 6 || n > 8) {
            throw new Rejection(QR + ": expected 6, 7 or 8 fields, got " + n);
        }
        int shift = n == 6 ? 0 : 1;
        CccdNumber id = CccdNumber.parse(field(fields, 0), label(0, "ID number"));
        Optional<String> oldId = n == 6 ? Optional.empty() : oldId(field(fields, 1), label(1, "old ID number"));
        String name = TextFields.name(field(fields, 1 + shift), label(1 + shift, "name"));
        String birthLabel = label(2 + shift, "birth date");
        PartialDate birth = DateFields.checkBirth(
                PartialDate.of(DateFields.compact(field(fields, 2 + shift), birthLabel)), today, birthLabel);
        Sex sex = sex(field(fields, 3 + shift), label(3 + shift, "sex"));
        Optional<String> address = TextFields.address(field(fields, 4 + shift), label(4 + shift, "address"));
        String issueLabel = label(5 + shift, "issue date");
        LocalDate issue = DateFields.checkIssue(
                DateFields.compact(field(fields, 5 + shift), issueLabel), birth, today, issueLabel);
        if (n == 8) {
            checkExpiry(field(fields, 7), issue);
        }
        id.checkAgainst(birth, sex, QR);
        return IdentityDocument.builder(DocumentKind.CCCD_QR)
                .idNumber(id.value())
                .oldIdNumber(oldId.orElse(null))
                .fullName(name)
                .dateOfBirth(birth)
                .sex(sex)
                .address(address.orElse(null))
                .issueDate(issue)
                .build();
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

    private static void checkExpiry(String text, LocalDate issue) throws Rejection {
        if (text.isEmpty()) {
            return;
        }
        String label = label(7, "expiry date");
        if (!DateFields.compact(text, label).isAfter(issue)) {
            throw new Rejection(label + " is not after the issue date");
        }
    }

    private static String field(String[] fields, int index) {
        return fields[index].strip();
    }

    private static String label(int index, String name) {
        return QR + ": field " + (index + 1) + " (" + name + ")";
    }
}
