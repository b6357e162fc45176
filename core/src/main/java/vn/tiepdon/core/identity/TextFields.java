package vn.tiepdon.core.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/** Checks of the free-text fields: person names and addresses. */
final class TextFields {

    private static final Pattern WHITESPACE_RUN = Pattern.compile("(?U)\\s+");

    private TextFields() {
    }

    /**
     * A person name: not empty after trimming, at least one letter, and only letters (Vietnamese
     * letters and combining marks included), spaces, apostrophes, hyphens and dots. Runs of
     * whitespace become one space.
     */
    static String name(String text, String field) throws Rejection {
        String name = WHITESPACE_RUN.matcher(text).replaceAll(" ").strip();
        if (name.isEmpty()) {
            throw new Rejection(field + " is empty");
        }
        boolean hasLetter = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                hasLetter = true;
            } else if (!isMark(cp) && !isNamePunctuation(cp)) {
                throw new Rejection(field
                        + " contains a character that is not a letter, space, apostrophe, hyphen or dot");
            }
        }
        if (!hasLetter) {
            throw new Rejection(field + " contains no letter");
        }
        return name;
    }

    /** An address: empty means none; no control characters; runs of whitespace become one space. */
    static Optional<String> address(String text, String field) throws Rejection {
        String address = WHITESPACE_RUN.matcher(text).replaceAll(" ").strip();
        if (address.codePoints().anyMatch(Character::isISOControl)) {
            throw new Rejection(field + " contains control characters");
        }
        return address.isEmpty() ? Optional.empty() : Optional.of(address);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isNamePunctuation(int cp) {
        return cp == ' ' || cp == '\'' || cp == '\u2019' || cp == '-' || cp == '.';
    }
}
