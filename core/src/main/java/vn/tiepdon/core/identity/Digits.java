package vn.tiepdon.core.identity;

/** ASCII digit checks: {@link Character#isDigit} would also accept Arabic-Indic and other digits. */
final class Digits {

    private Digits() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True when {@code s} is non-empty and every character is an ASCII digit. */
    static boolean all(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
