package vn.tiepdon.core.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data for logs and screens that must not show it whole. Numbers keep their first
 * four and last three characters ({@code 0790*****234}); names keep the first letter of each word.
 */
public final class Masking {

    /**
     * 12-digit CCCD, 9-digit CMND, 10-digit BHXH numbers and 15-character BHYT card numbers as
     * they may appear anywhere in free text.
     */
    private static final Pattern PERSONAL_NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9])(?:[A-Z]{2}[1-5][0-9]{12}|[0-9]{12}|[0-9]{10}|[0-9]{9})(?![A-Za-z0-9])");

    private Masking() {
    }

    /** Masks an identity or card number: keeps the first 4 and last 3 characters. */
    public static String number(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.length() <= 7) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 7) + value.substring(value.length() - 3);
    }

    /** Masks a person's name: {@code Nguyễn Văn An} becomes {@code N***** V** A*}. */
    public static String name(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String word : value.trim().split("\\s+")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            int first = word.offsetByCodePoints(0, 1);
            out.append(word, 0, first).append("*".repeat(word.codePointCount(first, word.length())));
        }
        return out.toString();
    }

    /** Masks every identity or card number found in free text (the logging safety net). */
    public static String numbersIn(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        Matcher m = PERSONAL_NUMBER.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(number(m.group())));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
