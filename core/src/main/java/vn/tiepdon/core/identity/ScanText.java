package vn.tiepdon.core.identity;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Removes what scanners and keyboards add around a code: ASCII control characters (CR, LF, tab,
 * GS ...), a UTF-8 byte order mark, an AIM symbology identifier such as {@code ]Q1} or
 * {@code ]Q3}, surrounding whitespace; then normalises the text to Unicode NFC.
 */
final class ScanText {

    private static final char BOM = '\uFEFF';
    private static final Pattern AIM_PREFIX = Pattern.compile("^\\][A-Za-z][0-9A-Za-z]");
    private static final Pattern ASCII_CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");

    private ScanText() {
    }

    /** The cleaned text; empty when nothing but noise was given (also for {@code null}). */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String text = ASCII_CONTROL.matcher(raw).replaceAll("");
        String previous;
        do {
            previous = text;
            text = text.strip();
            if (!text.isEmpty() && text.charAt(0) == BOM) {
                text = text.substring(1);
            }
            text = AIM_PREFIX.matcher(text).replaceFirst("");
        } while (!text.equals(previous));
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
