package vn.tiepdon.kiosk;

import java.time.Clock;
import java.time.Year;
import java.util.Optional;

/**
 * The typing screen without Swing: first the number (12-digit CCCD or 10-digit BHXH number), then
 * the birth year, which the BHYT lookup needs when only a number is known. Used on one thread.
 */
public final class KeypadModel {
    /** The oldest birth year accepted, counted back from this year. */
    private static final int MAX_AGE = 120;

    public enum Step { NUMBER, BIRTH_YEAR }

    /** What the patient typed, ready for {@link KioskModel#typed(String, Optional)}. */
    public record Entry(String digits, Optional<Integer> birthYear) {
    }

    private final int currentYear;
    private Step step = Step.NUMBER;
    private final StringBuilder number = new StringBuilder();
    private final StringBuilder year = new StringBuilder();
    private Optional<String> problemKey = Optional.empty();

    public KeypadModel(Clock clock) {
        this.currentYear = Year.now(clock).getValue();
    }

    public Step step() {
        return step;
    }

    /** Adds a digit; other characters and digits beyond the field's length are ignored. */
    public void press(char digit) {
        if (digit < '0' || digit > '9') {
            return;
        }
        StringBuilder field = field();
        if (field.length() < maxLength()) {
            field.append(digit);
        }
        problemKey = Optional.empty();
    }

    /** Removes the last digit. */
    public void delete() {
        StringBuilder field = field();
        if (field.length() > 0) {
            field.setLength(field.length() - 1);
        }
        problemKey = Optional.empty();
    }

    /**
     * "Continue": after a valid number it moves on to the birth year (empty result); after a valid
     * birth year it gives the entry. An invalid field sets {@link #problemKey()} and stays.
     */
    public Optional<Entry> confirm() {
        if (step == Step.NUMBER) {
            if (number.length() == 10 || number.length() == 12) {
                step = Step.BIRTH_YEAR;
                problemKey = Optional.empty();
            } else {
                problemKey = Optional.of("keypad.numberLength");
            }
            return Optional.empty();
        }
        if (year.length() == 4) {
            int y = Integer.parseInt(year.toString());
            if (y <= currentYear && y >= currentYear - MAX_AGE) {
                problemKey = Optional.empty();
                return Optional.of(new Entry(number.toString(), Optional.of(y)));
            }
        }
        problemKey = Optional.of("keypad.badYear");
        return Optional.empty();
    }

    /** "Back": from the birth year to the number (true); from the number the keypad is left (false). */
    public boolean back() {
        problemKey = Optional.empty();
        if (step == Step.BIRTH_YEAR) {
            step = Step.NUMBER;
            year.setLength(0);
            return true;
        }
        return false;
    }

    /** The field as shown: digits in groups of four, e.g. {@code 0790 1234 5678}. */
    public String shown() {
        StringBuilder out = new StringBuilder();
        String digits = field().toString();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** The message key of the prompt above the field. */
    public String promptKey() {
        return step == Step.NUMBER ? "keypad.promptNumber" : "keypad.promptYear";
    }

    /** The message key of what is wrong with the field, after a "continue" that could not go on. */
    public Optional<String> problemKey() {
        return problemKey;
    }

    private StringBuilder field() {
        return step == Step.NUMBER ? number : year;
    }

    private int maxLength() {
        return step == Step.NUMBER ? 12 : 4;
    }
}
