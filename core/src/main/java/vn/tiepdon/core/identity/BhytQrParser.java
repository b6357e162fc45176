package vn.tiepdon.core.identity;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The QR of a BHYT card (paper card and VssID): 15 fields separated by {@code |}, the last one
 * {@code $}. Name, address and parent name are hex of UTF-8 bytes; {@code -} (or an empty
 * field) means none for the optional fields: address, facility, valid-to, manager code, parent
 * name, area code and five-year date. The checksum token (field 14) is not validated: its
 * algorithm is not public. Reasons quote 1-based field positions.
 */
final class BhytQrParser {

    static final int FIELD_COUNT = 15;
    static final String TERMINATOR = "$";
    static final String NONE = "-";

    private static final String QR = "BHYT QR";
    private static final Pattern FACILITY = Pattern.compile("(\\d{2})\\s*[-\u2013]?\\s*(\\d{3})");
    private static final Pattern MANAGER_CODE = Pattern.compile("[A-Za-z0-9]{1,20}");
    private static final Pattern AREA_CODE = Pattern.compile("K[123]");

    private BhytQrParser() {
    }

    static IdentityDocument parse(String[] fields, LocalDate today) throws Rejection {
        if (fields.length != FIELD_COUNT) {
            throw new Rejection(QR + ": expected " + FIELD_COUNT + " fields ending in $, got " + fields.length);
        }
        if (!field(fields, 14).equals(TERMINATOR)) {
            throw new Rejection(QR + ": field 15 must be $");
        }
        BhytCardNumber card = BhytCardNumber.parse(field(fields, 0),
                label(0, "card number"));
        String name = TextFields.name(HexText.decode(field(fields, 1), label(1, "name")), label(1, "name"));
        String birthLabel = label(2, "birth date");
        PartialDate birth = DateFields.checkBirth(DateFields.slashedOrYear(field(fields, 2), birthLabel),
                today, birthLabel);
        Sex sex = sex(field(fields, 3));
        Optional<String> address = address(field(fields, 4));
        Optional<String> facility = facility(field(fields, 5));
        LocalDate validFrom = DateFields.slashed(field(fields, 6), label(6, "valid from"));
        Optional<LocalDate> validTo = optionalDate(field(fields, 7), label(7, "valid to"));
        if (validTo.isPresent() && validTo.get().isBefore(validFrom)) {
            throw new Rejection(label(7, "valid to") + " is before field 7 (valid from)");
        }
        String issueLabel = label(8, "issue date");
        LocalDate issue = DateFields.checkIssue(DateFields.slashed(field(fields, 8), issueLabel), birth, today,
                issueLabel);
        checkManagerCode(field(fields, 9));
        checkParentName(field(fields, 10));
        checkAreaCode(field(fields, 11));
        Optional<LocalDate> fiveYear = optionalDate(field(fields, 12), label(12, "five-year date"));
        return card.fill(IdentityDocument.builder(DocumentKind.BHYT_QR))
                .fullName(name)
                .dateOfBirth(birth)
                .sex(sex)
                .address(address.orElse(null))
                .registeredFacility(facility.orElse(null))
                .validFrom(validFrom)
                .validTo(validTo.orElse(null))
                .issueDate(issue)
                .fiveYearDate(fiveYear.orElse(null))
                .build();
    }

    private static Sex sex(String text) throws Rejection {
        return switch (text) {
            case "1" -> Sex.MALE;
            case "2" -> Sex.FEMALE;
            default -> throw new Rejection(label(3, "sex") + " must be 1 or 2");
        };
    }

    private static Optional<String> address(String text) throws Rejection {
        if (isNone(text)) {
            return Optional.empty();
        }
        String label = label(4, "address");
        return TextFields.address(HexText.decode(text, label), label);
    }

    private static Optional<String> facility(String text) throws Rejection {
        if (isNone(text)) {
            return Optional.empty();
        }
        String label = label(5, "registered facility");
        Matcher m = FACILITY.matcher(text);
        if (!m.matches()) {
            throw new Rejection(label + " is not in the form \"PP - NNN\" or \"PPNNN\"");
        }
        if (!ProvinceCodes.isOnBhytCard(m.group(1))) {
            throw new Rejection(label + ": unknown province code " + m.group(1));
        }
        return Optional.of(m.group(1) + m.group(2));
    }

    private static Optional<LocalDate> optionalDate(String text, String label) throws Rejection {
        return isNone(text) ? Optional.empty() : Optional.of(DateFields.slashed(text, label));
    }

    private static void checkManagerCode(String text) throws Rejection {
        if (!isNone(text) && !MANAGER_CODE.matcher(text).matches()) {
            throw new Rejection(label(9, "manager code") + " must be up to 20 letters and digits, or -");
        }
    }

    private static void checkParentName(String text) throws Rejection {
        if (!isNone(text)) {
            String label = label(10, "parent name");
            TextFields.name(HexText.decode(text, label), label);
        }
    }

    private static void checkAreaCode(String text) throws Rejection {
        if (!isNone(text) && !AREA_CODE.matcher(text).matches()) {
            throw new Rejection(label(11, "area code") + " must be K1, K2, K3 or -");
        }
    }

    private static boolean isNone(String text) {
        return text.isEmpty() || text.equals(NONE);
    }

    private static String field(String[] fields, int index) {
        return fields[index].strip();
    }

    private static String label(int index, String name) {
        return QR + ": field " + (index + 1) + " (" + name + ")";
    }
}
