package vn.tiepdon.core.identity;

import java.time.LocalDate;

/**
 * Writes the 7-field CCCD front QR text of a document ({@code ID|CMND|name|ddMMyyyy|Nam/Nữ|
 * address|ddMMyyyy}); the CMND slot and the address are empty when absent. Used by tests, the
 * demo and the virtual scanners; {@link IdentityParser#parse} reads it back to an equal
 * document of kind {@link DocumentKind#CCCD_QR}.
 */
public final class CccdQrWriter {

    private CccdQrWriter() {
    }

    /**
     * @throws IllegalArgumentException when the document lacks the ID number, name, full birth
     *                                  date, sex or issue date, or a text field contains {@code |}
     */
    public static String write(IdentityDocument d) {
        String id = d.idNumber().orElseThrow(() -> missing("idNumber"));
        String name = d.fullName().orElseThrow(() -> missing("fullName"));
        LocalDate birth = d.dateOfBirth().flatMap(PartialDate::fullDate).orElseThrow(() -> missing("full dateOfBirth"));
        Sex sex = d.sex().orElseThrow(() -> missing("sex"));
        LocalDate issue = d.issueDate().orElseThrow(() -> missing("issueDate"));
        return String.join("|",
                plain(id),
                plain(d.oldIdNumber().orElse("")),
                plain(name),
                DateFields.formatCompact(birth),
                sex == Sex.MALE ? "Nam" : "Nữ",
                plain(d.address().orElse("")),
                DateFields.formatCompact(issue));
    }

    private static String plain(String text) {
        if (text.indexOf('|') >= 0) {
            throw new IllegalArgumentException("a CCCD QR field cannot contain |");
        }
        return text;
    }

    private static IllegalArgumentException missing(String field) {
        return new IllegalArgumentException("a CCCD QR needs " + field);
    }
}
