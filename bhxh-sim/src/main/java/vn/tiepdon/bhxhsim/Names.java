package vn.tiepdon.bhxhsim;

import java.text.Normalizer;
import java.util.Locale;

/** How the simulated gateway compares names: NFC, case-insensitive, spaces collapsed. */
final class Names {

    private Names() {
    }

    static String normalize(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    /** True when both names start with the same letter (after normalization). */
    static boolean sameFirstLetter(String a, String b) {
        String x = normalize(a);
        String y = normalize(b);
        return !x.isEmpty() && !y.isEmpty() && x.codePointAt(0) == y.codePointAt(0);
    }
}
