package vn.tiepdon.core.identity;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Writes the 15-field BHYT card QR text of a document: hex UTF-8 name and address, {@code -} for
 * what is absent (also parent name and area code, which the document does not carry), the
 * facility as {@code "PP - NNN"}, a checksum token and the {@code $} terminator. The real
 * checksum algorithm is not public; the token written here is the lower-case hex CRC32 of the
 * UTF-8 text before it (fields 1-13, each followed by {@code |}) and {@code "-1"}. Parsers do not
 * validate it. {@link IdentityParser#parse} reads the text back to an equal document of kind
 * {@link DocumentKind#BHYT_QR}.
 */
public final class BhytQrWriter {

    private static final Pattern MANAGER_CODE = Pattern.compile("-|[A-Za-z0-9]{1,20}");
    private static final Pattern FACILITY = Pattern.compile("\\d{5}");

    private BhytQrWriter() {
    }

    /**
     * @param managerCode the BHXH manager code (field 10): up to 20 letters and digits, or
     *                    {@code -} for none
     * @throws IllegalArgumentException when the document lacks the card number, name, birth
     *                                  date, sex, valid-from or issue date, when the facility is
     *                                  not 5 digits, or the manager code is malformed
     */
    public static String write(IdentityDocument d, String managerCode) {
        Objects.requireNonNull(managerCode, "managerCode");
        if (!MANAGER_CODE.matcher(managerCode).matches()) {
            throw new IllegalArgumentException("manager code must be up to 20 letters and digits, or -");
        }
        StringBuilder text = new StringBuilder();
        append(text, d.cardNumber().orElseThrow(() -> missing("cardNumber")));
        append(text, HexText.encode(d.fullName().orElseThrow(() -> missing("fullName"))));
        append(text, d.dateOfBirth().orElseThrow(() -> missing("dateOfBirth")).toGatewayFormat());
        append(text, d.sex().orElseThrow(() -> missing("sex")) == Sex.MALE ? "1" : "2");
        append(text, orNone(d.address().map(HexText::encode)));
        append(text, orNone(d.registeredFacility().map(BhytQrWriter::facility)));
        append(text, DateFields.formatSlashed(d.validFrom().orElseThrow(() -> missing("validFrom"))));
        append(text, orNone(d.validTo().map(DateFields::formatSlashed)));
        append(text, DateFields.formatSlashed(d.issueDate().orElseThrow(() -> missing("issueDate"))));
        append(text, managerCode);
        append(text, BhytQrParser.NONE);
        append(text, BhytQrParser.NONE);
        append(text, orNone(d.fiveYearDate().map(DateFields::formatSlashed)));
        append(text, checksumToken(text.toString()));
        return text.append(BhytQrParser.TERMINATOR).toString();
    }

    private static String facility(String code) {
        if (!FACILITY.matcher(code).matches()) {
            throw new IllegalArgumentException("registered facility must be 5 digits");
        }
        return code.substring(0, 2) + " - " + code.substring(2);
    }

    private static String checksumToken(String preceding) {
        CRC32 crc = new CRC32();
        crc.update(preceding.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x-1", crc.getValue());
    }

    private static void append(StringBuilder text, String field) {
        text.append(field).append('|');
    }

    private static String orNone(Optional<String> value) {
        return value.orElse(BhytQrParser.NONE);
    }

    private static IllegalArgumentException missing(String field) {
        return new IllegalArgumentException("a BHYT QR needs " + field);
    }
}
