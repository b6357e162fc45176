package vn.tiepdon.core.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Recognises what a patient scanned or typed: the CCCD front QR, the BHYT card QR (paper card
 * and VssID), a bare 12-digit CCCD number, or a bare BHYT number (15 characters or 10 digits).
 * Every field is validated; anything else is rejected with a precise English reason that never
 * quotes the scanned personal data.
 *
 * <p>Scanner noise is removed first: ASCII control characters (CR, LF ...), a UTF-8 byte order
 * mark, an AIM symbology identifier ({@code ]Q1}), surrounding whitespace; the text is then
 * normalised to NFC. Spaces inside a bare number ({@code 001 090 123 456}) are ignored.
 *
 * <p>Province codes: see {@link ProvinceCodes} (BHYT cards and facility codes also take 97 and
 * 98, an unverified assumption). Group codes: {@link BhytGroupCodes}.
 *
 * <p>Reasons quote 1-based field positions and what is wrong. They may quote a group code, a
 * province code, a benefit level digit, a length, or the day and month of a date that does not
 * exist; never a name, an address, a whole number or a whole date.
 *
 * <p>"Today" (for birth dates and issue dates in the future) is the date of the injected clock
 * in the clock's zone: give it the hospital's zone ({@code Asia/Ho_Chi_Minh}).
 */
public final class IdentityParser {

    private static final Pattern BARE_CODE = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern BHYT_LIKE = Pattern.compile("[A-Za-z]{2}[A-Za-z0-9]*[0-9][A-Za-z0-9]*");
    private static final String NOT_RECOGNISED = "not a CCCD or BHYT code";

    private final Clock clock;

    public IdentityParser(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Never throws for any text, including {@code null}. */
    public ParseResult parse(String raw) {
        String text = ScanText.clean(raw);
        if (text.isEmpty()) {
            return new ParseResult.Rejected("empty input");
        }
        try {
            IdentityDocument document = text.indexOf('|') >= 0 ? parseQr(text) : parseBareNumber(text);
            return new ParseResult.Recognised(document);
        } catch (Rejection rejection) {
            return new ParseResult.Rejected(rejection.reason());
        }
    }

    private IdentityDocument parseQr(String text) throws Rejection {
        String[] fields = text.split("\\|", -1);
        LocalDate today = LocalDate.now(clock);
        String first = fields[0].strip();
        if (fields[fields.length - 1].strip().equals(BhytQrParser.TERMINATOR)) {
            return BhytQrParser.parse(fields, today);
        }
        if (first.length() == CccdNumber.LENGTH && Digits.all(first)) {
            return CccdQrParser.parse(fields, today);
        }
        if (looksLikeBhytNumber(first)) {
            return BhytQrParser.parse(fields, today);
        }
        if (fields.length >= 6 && fields.length <= 8) {
            return CccdQrParser.parse(fields, today);
        }
        throw new Rejection(NOT_RECOGNISED);
    }

    private static boolean looksLikeBhytNumber(String text) {
        return (text.length() == BhytCardNumber.SHORT_LENGTH && Digits.all(text))
                || (text.length() == BhytCardNumber.FULL_LENGTH && BHYT_LIKE.matcher(text).matches());
    }

    private static IdentityDocument parseBareNumber(String text) throws Rejection {
        String code = text.replace(" ", "");
        if (!BARE_CODE.matcher(code).matches()) {
            throw new Rejection(NOT_RECOGNISED);
        }
        if (Digits.all(code)) {
            switch (code.length()) {
                case 9:
                    throw new Rejection("9-digit old ID (CMND) numbers cannot be looked up: "
                            + "use the 12-digit CCCD or the BHYT card");
                case CccdNumber.LENGTH:
                    return IdentityDocument.builder(DocumentKind.CCCD_NUMBER)
                            .idNumber(CccdNumber.parse(code, "CCCD number").value())
                            .build();
                case BhytCardNumber.SHORT_LENGTH:
                case BhytCardNumber.FULL_LENGTH:
                    break;
                default:
                    throw new Rejection("a number of " + code.length() + " digits is neither a CCCD number "
                            + "(12 digits) nor a BHYT number (10 digits or 15 characters)");
            }
        } else if (!BHYT_LIKE.matcher(code).matches()) {
            throw new Rejection(NOT_RECOGNISED);
        }
        BhytCardNumber card = BhytCardNumber.parse(code, "BHYT number");
        return card.fill(IdentityDocument.builder(DocumentKind.BHYT_NUMBER)).build();
    }
}
