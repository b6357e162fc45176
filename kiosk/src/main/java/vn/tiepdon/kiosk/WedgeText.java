package vn.tiepdon.kiosk;

import java.util.regex.Pattern;

/**
 * What a keyboard-wedge scan can be, by shape only. A wedge types ASCII: a CCCD QR arrives with
 * its Vietnamese letters dropped (or, in another keyboard layout, its separators changed). When
 * the 12-digit number, the fields and the ddMMyyyy dates are all there, the numbers and dates
 * still count ({@link Shape#CCCD_QR_WITHOUT_LETTERS}); when it starts with a CCCD number but is not
 * a whole CCCD QR, it is {@link Shape#PARTIAL_CCCD_QR}; anything else (a ticket QR, a bare number,
 * a BHYT code) is {@link Shape#OTHER} and goes to the parser as typed.
 */
final class WedgeText {

    enum Shape { CCCD_QR_WITHOUT_LETTERS, PARTIAL_CCCD_QR, OTHER }

    /** number | old id | name | birth date | sex | address | issue date, optionally an 8th field. */
    private static final Pattern WHOLE = Pattern.compile(
            "[0-9]{12}\\|[0-9]{0,9}\\|[^|]*\\|[0-9]{8}\\|[^|]*\\|[^|]*\\|[0-9]{8}(\\|[^|]*)?");
    /** A CCCD number followed by anything but the end: the start of a CCCD QR. */
    private static final Pattern CCCD_START = Pattern.compile("[0-9]{12}[^0-9].*");

    private WedgeText() {
    }

    static Shape shape(String text) {
        String t = text.strip();
        if (WHOLE.matcher(t).matches()) {
            return Shape.CCCD_QR_WITHOUT_LETTERS;
        }
        return CCCD_START.matcher(t).matches() ? Shape.PARTIAL_CCCD_QR : Shape.OTHER;
    }
}
