package vn.tiepdon.server.overrides;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentityDocument;
import vn.tiepdon.core.identity.IdentityParser;
import vn.tiepdon.core.identity.ParseResult;
import vn.tiepdon.core.identity.PartialDate;
import vn.tiepdon.server.http.ApiProblem;

/**
 * The values a receptionist typed into an override, checked by the same rules as a kiosk's code
 * before anything else happens (no gateway call, no database write): {@code idNumber} a 12-digit
 * CCCD number, {@code cardNumber} a BHYT number (10 digits or 15 characters), {@code dateOfBirth}
 * {@code yyyy-MM-dd} or {@code yyyy}, not in the future. A blank field counts as absent (a desk
 * form sends its empty boxes). Messages name the field and never quote the value.
 */
record Corrections(String reason, Optional<String> fullName, Optional<String> idNumber, Optional<String> cardNumber,
                   Optional<PartialDate> dateOfBirth) {
    private static final Pattern BARE_NUMBER = Pattern.compile("[A-Za-z0-9 ]+");
    private static final int OLDEST_BIRTH_YEAR = 1880;

    /**
     * @throws ApiProblem {@code REASON_REQUIRED} without a reason, {@code BAD_REQUEST} naming the
     *                    field for a malformed value or one the action needs and lacks
     */
    static Corrections check(LookupOverride request, IdentityParser parser, LocalDate today) {
        String reason = request.reason().strip();
        if (reason.isEmpty()) {
            throw new ApiProblem(ErrorCode.REASON_REQUIRED,
                    "field 'reason' is required: say why the lookup is overridden");
        }
        Optional<String> fullName = present(request.fullName())
                .map(n -> Normalizer.normalize(n, Normalizer.Form.NFC).replaceAll("\\s+", " "));
        Optional<String> idNumber = present(request.idNumber()).map(n -> number("idNumber", n, parser,
                DocumentKind.CCCD_NUMBER, "a 12-digit CCCD number"));
        Optional<String> cardNumber = present(request.cardNumber()).map(n -> number("cardNumber", n, parser,
                DocumentKind.BHYT_NUMBER, "a BHYT number (10 digits or 15 characters)"));
        Optional<PartialDate> dateOfBirth = present(request.dateOfBirth()).map(d -> date(d, today));
        boolean accepting = request.action() == LookupOverride.Action.ACCEPT_PAPER_CARD
                || request.action() == LookupOverride.Action.ACCEPT_VSSID;
        if (accepting && cardNumber.isEmpty()) {
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "field 'cardNumber' is required for " + request.action()
                    + ": the BHYT number on the card shown");
        }
        return new Corrections(reason, fullName, idNumber, cardNumber, dateOfBirth);
    }

    /** The names of the corrected values (for the audit; never the values). */
    String corrected() {
        StringBuilder out = new StringBuilder();
        fullName.ifPresent(v -> out.append(out.length() > 0 ? ", " : "").append("fullName"));
        idNumber.ifPresent(v -> out.append(out.length() > 0 ? ", " : "").append("idNumber"));
        cardNumber.ifPresent(v -> out.append(out.length() > 0 ? ", " : "").append("cardNumber"));
        dateOfBirth.ifPresent(v -> out.append(out.length() > 0 ? ", " : "").append("dateOfBirth"));
        return out.toString();
    }

    private static Optional<String> present(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String number(String field, String text, IdentityParser parser, DocumentKind expected,
                                 String what) {
        if (!BARE_NUMBER.matcher(text).matches()) {
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "field '" + field + "' must be " + what);
        }
        ParseResult parsed = parser.parse(text);
        if (parsed instanceof ParseResult.Rejected r) {
            String digits = text.replace(" ", "");
            boolean rightShape = expected == DocumentKind.CCCD_NUMBER
                    ? digits.length() == 12 && digits.chars().allMatch(Character::isDigit)
                    : digits.length() == 10 || digits.length() == 15;
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "field '" + field + "' must be " + what
                    + (rightShape ? " (" + r.reason() + ")" : ""));
        }
        IdentityDocument document = ((ParseResult.Recognised) parsed).document();
        if (document.kind() != expected) {
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "field '" + field + "' must be " + what);
        }
        return (expected == DocumentKind.CCCD_NUMBER ? document.idNumber() : document.cardNumber()).orElseThrow();
    }

    private static PartialDate date(String text, LocalDate today) {
        PartialDate date;
        try {
            date = PartialDate.parseIso(text);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw badDate();
        }
        boolean future = date.fullDate().map(d -> d.isAfter(today)).orElse(date.year() > today.getYear());
        if (future || date.year() < OLDEST_BIRTH_YEAR) {
            throw badDate();
        }
        return date;
    }

    private static ApiProblem badDate() {
        return new ApiProblem(ErrorCode.BAD_REQUEST,
                "field 'dateOfBirth' must be a birth date yyyy-MM-dd or a birth year yyyy, not in the future");
    }
}
