package vn.tiepdon.app.logging;

/**
 * Line breaks in logged text written as {@code \r}, {@code \n}: a value a client sent (a kiosk
 * id, a scanned code) cannot start a new line that looks like another log event.
 */
final class LineBreaks {
    private LineBreaks() {
    }

    static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\r' -> "\\r";
                case '\n' -> "\\n";
                case '\u0085' -> "\\u0085";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
