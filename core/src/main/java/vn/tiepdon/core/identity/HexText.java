package vn.tiepdon.core.identity;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** The hex-of-UTF-8 text of the BHYT QR (name, address, parent name). */
final class HexText {

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private HexText() {
    }

    /** Decodes strictly: even length, hex digits only, well-formed UTF-8; the result is NFC. */
    static String decode(String hex, String field) throws Rejection {
        if (hex.length() % 2 != 0) {
            throw new Rejection(field + " is not valid hex (odd length)");
        }
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            int high = Character.digit(hex.charAt(2 * i), 16);
            int low = Character.digit(hex.charAt(2 * i + 1), 16);
            if (high < 0 || low < 0 || !isAscii(hex.charAt(2 * i)) || !isAscii(hex.charAt(2 * i + 1))) {
                throw new Rejection(field + " is not valid hex (a character is not 0-9 or a-f)");
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        } catch (CharacterCodingException e) {
            throw new Rejection(field + " is valid hex but not valid UTF-8");
        }
    }

    /** Lower-case hex of the UTF-8 bytes of {@code text}. */
    static String encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder hex = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            hex.append(HEX_DIGITS[(b >> 4) & 0xF]).append(HEX_DIGITS[b & 0xF]);
        }
        return hex.toString();
    }

    private static boolean isAscii(char c) {
        return c < 128;
    }
}
