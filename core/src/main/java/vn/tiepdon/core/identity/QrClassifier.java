package vn.tiepdon.core.identity;

import java.util.regex.Pattern;

/**
 * Tells the codes a patient holds apart by their shape, not by their field count alone (the one
 * place that decides it; {@link IdentityParser} then reads the fields of the shape found):
 * <ol>
 *   <li>{@link Shape#TICKET}: starts with {@link TicketQr#PREFIX} (or the old {@code TD|…}): the
 *       hospital's own ticket.</li>
 *   <li>{@link Shape#BHYT}: pipe fields whose last is {@code $}: the BHYT card's QR, paper card
 *       or the VssID screen (the same text; they cannot be told apart and need not be).</li>
 *   <li>{@link Shape#COVID}: pipe fields with an ISO date ({@code yyyy-MM-dd}) in field 3, or
 *       {@code <} in the last field: the COVID-era personal QR of QĐ 1405
 *       ({@code SoGiayTo|HOTEN KHONG DAU|yyyy-MM-dd|0/1|QID|EXT}). Tested before the CCCD
 *       layout because its field 1 may be a 12-digit CCCD number: it is never read as a CCCD
 *       (its name has no diacritics).</li>
 *   <li>{@link Shape#CCCD_LAYOUT}: field 1 is twelve digits (or 6 to 8 fields): the CCCD front
 *       QR, the VNeID identity QR and the 2024 Căn cước QR, told apart from their dates and field
 *       count by the CCCD parser (see {@code CccdQrParser}): a 7-field text whose field 7 is after
 *       today is a VNeID QR (an expiry); 9 fields and more, or an 8th field that is not a date, is
 *       the 2024 card.</li>
 *   <li>{@link Shape#BHYT} also when field 1 looks like a BHYT number but the {@code $} is
 *       missing (the BHYT parser then says what is wrong).</li>
 *   <li>{@link Shape#BARE_NUMBER}: no pipe: a typed or scanned number.</li>
 * </ol>
 * Works on text already cleaned of scanner noise.
 */
public final class QrClassifier {

    /** The shapes of scanned text. */
    public enum Shape { TICKET, BHYT, COVID, CCCD_LAYOUT, BARE_NUMBER, UNKNOWN }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern BHYT_LIKE = Pattern.compile("[A-Za-z]{2}[A-Za-z0-9]*[0-9][A-Za-z0-9]*");

    private QrClassifier() {
    }

    /** The shape of {@code text} (cleaned of scanner noise). */
    public static Shape shapeOf(String text) {
        if (TicketQr.looksLike(text)) {
            return Shape.TICKET;
        }
        if (text.indexOf('|') < 0) {
            return Shape.BARE_NUMBER;
        }
        String[] fields = text.split("\\|", -1);
        return shapeOf(fields);
    }

    static Shape shapeOf(String[] fields) {
        int n = fields.length;
        String first = fields[0].strip();
        String last = fields[n - 1].strip();
        if (last.equals(BhytQrParser.TERMINATOR)) {
            return Shape.BHYT;
        }
        if ((n >= 3 && ISO_DATE.matcher(fields[2].strip()).matches()) || (n >= 4 && last.indexOf('<') >= 0)) {
            return Shape.COVID;
        }
        if (first.length() == CccdNumber.LENGTH && Digits.all(first)) {
            return Shape.CCCD_LAYOUT;
        }
        if (looksLikeBhytNumber(first)) {
            return Shape.BHYT;
        }
        if (n >= 6 && n <= 8) {
            return Shape.CCCD_LAYOUT;
        }
        return Shape.UNKNOWN;
    }

    static boolean looksLikeBhytNumber(String text) {
        return (text.length() == BhytCardNumber.SHORT_LENGTH && Digits.all(text))
                || (text.length() == BhytCardNumber.FULL_LENGTH && BHYT_LIKE.matcher(text).matches());
    }
}
