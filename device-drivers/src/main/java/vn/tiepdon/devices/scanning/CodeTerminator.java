package vn.tiepdon.devices.scanning;

import java.util.Locale;

/**
 * What a serial scanner sends after each code (its "suffix" setting). With {@link #CR} or {@link #LF}
 * the other byte is ignored where it sits next to the terminator, so a scanner left on CRLF still
 * works; with {@link #CRLF} a lone CR or LF inside the code is kept (codes with line breaks).
 */
public enum CodeTerminator {
    CR, LF, CRLF;

    /** {@code cr}, {@code lf} or {@code crlf}, any case. */
    public static CodeTerminator parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
