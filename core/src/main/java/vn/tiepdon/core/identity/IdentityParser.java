package vn.tiepdon.core.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises what a patient scanned or typed: the CCCD front QR, the VNeID identity QR, the
 * 2024 Căn cước QR, the BHYT card QR (paper card and VssID), a bare 12-digit CCCD number, or a
 * bare BHYT number (15 characters or 10 digits); the COVID-era personal QR and the hospital's
 * own ticket QR are recognised to be refused ({@link ParseResult.Rejected#refused()}). The shape
 * is decided by {@link QrClassifier}.
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
    static final String COVID_REASON = "a COVID-era personal QR (QD 1405/QD-BTTTT, 2021), not an identity "
            + "document for check-in: use the CCCD, VNeID or BHYT QR";

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
            return switch (QrClassifier.shapeOf(text)) {
                case TICKET -> ticket(text);
                case COVID -> new ParseResult.Rejected(COVID_REASON, Optional.of(RefusedCode.covid()));
                case BARE_NUMBER -> new ParseResult.Recognised(parseBareNumber(text));
                case BHYT -> new ParseResult.Recognised(BhytQrParser.parse(fields(text), LocalDate.now(clock)));
                case CCCD_LAYOUT -> new ParseResult.Recognised(CccdQrParser.parse(fields(text), LocalDate.now(clock)));
                case UNKNOWN -> new ParseResult.Rejected(NOT_RECOGNISED);
            };
        } catch (Rejection rejection) {
            return new ParseResult.Rejected(rejection.reason());
        }
    }

    private static ParseResult ticket(String text) {
        return TicketQr.read(text)
                .map(reference -> new ParseResult.Rejected("a queue ticket of this hospital, not an identity: "
                        + "ticket " + reference.number(), Optional.of(RefusedCode.ticket(reference))))
                .orElseGet(() -> new ParseResult.Rejected("ticket QR: not in the form "
                        + TicketQr.PREFIX + "yyyy-MM-dd:A012"));
    }

    private static String[] fields(String text) {
        return text.split("\\|", -1);
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
