package vn.tiepdon.kiosk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import java.time.Clock;
import java.time.Year;
import java.util.Optional;

/**
 * The typing screen without Swing: first the number (12-digit CCCD or 10-digit BHXH number), then
 * the birth year, which the BHYT lookup needs when only a number is known — or, when a CCCD lies on
 * the card reader and a 12-digit number was typed, the whole birth date (ddMMyyyy), which opens the
 * chip. Used on one thread.
 */
public final class KeypadModel {
    /** The oldest birth year accepted, counted back from this year. */
    private static final int MAX_AGE = 120;

    public enum Step { NUMBER, BIRTH_YEAR, BIRTH_DATE }

    /** What the patient typed, ready for {@link KioskModel#typed(Entry)}. */
    public record Entry(String digits, Optional<Integer> birthYear, Optional<LocalDate> birthDate) {
        public Entry(String digits, Optional<Integer> birthYear) {
            this(digits, birthYear, Optional.empty());
        }
    }

    private final int currentYear;
    private final LocalDate today;
    private final boolean cardOnReader;
    private final StringBuilder date = new StringBuilder();
    private Step step = Step.NUMBER;
    private final StringBuilder number = new StringBuilder();
    private final StringBuilder year = new StringBuilder();
    private Optional<String> problemKey = Optional.empty();

    public KeypadModel(Clock clock) {
        this(clock, false);
    }

    /** @param cardOnReader a CCCD lies on the reader: a 12-digit number is followed by the birth date */
    public KeypadModel(Clock clock, boolean cardOnReader) {
        this.currentYear = Year.now(clock).getValue();
        this.today = LocalDate.now(clock);
        this.cardOnReader = cardOnReader;
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
            if (number.length() == 12 && cardOnReader) {
                step = Step.BIRTH_DATE;
                problemKey = Optional.empty();
            } else if (number.length() == 10 || number.length() == 12) {
                step = Step.BIRTH_YEAR;
                problemKey = Optional.empty();
            } else {
                problemKey = Optional.of("keypad.numberLength");
            }
            return Optional.empty();
        }
        if (step == Step.BIRTH_DATE) {
            Optional<LocalDate> born = birthDate();
            if (born.isPresent()) {
                problemKey = Optional.empty();
                return Optional.of(new Entry(number.toString(), Optional.of(born.get().getYear()), born));
            }
            problemKey = Optional.of("keypad.badDate");
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
        if (step == Step.BIRTH_YEAR || step == Step.BIRTH_DATE) {
            step = Step.NUMBER;
            year.setLength(0);
            date.setLength(0);
            return true;
        }
        return false;
    }

    /**
     * The field as shown: digits in groups of four, e.g. {@code 0790 1234 5678}; a birth date as
     * {@code dd/MM/yyyy} while it is typed.
     */
    public String shown() {
        StringBuilder out = new StringBuilder();
        String digits = field().toString();
        if (step == Step.BIRTH_DATE) {
            for (int i = 0; i < digits.length(); i++) {
                if (i == 2 || i == 4) {
                    out.append('/');
                }
                out.append(digits.charAt(i));
            }
            return out.toString();
        }
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
        return switch (step) {
            case NUMBER -> "keypad.promptNumber";
            case BIRTH_YEAR -> "keypad.promptYear";
            case BIRTH_DATE -> "keypad.promptDate";
        };
    }

    /** The message key of what is wrong with the field, after a "continue" that could not go on. */
    public Optional<String> problemKey() {
        return problemKey;
    }

    private Optional<LocalDate> birthDate() {
        if (date.length() != 8) {
            return Optional.empty();
        }
        try {
            LocalDate born = LocalDate.parse(date, DDMMYYYY);
            return born.isAfter(today) || born.getYear() < currentYear - MAX_AGE ? Optional.empty() : Optional.of(born);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private StringBuilder field() {
        return switch (step) {
            case NUMBER -> number;
            case BIRTH_YEAR -> year;
            case BIRTH_DATE -> date;
        };
    }

    private int maxLength() {
        return switch (step) {
            case NUMBER -> 12;
            case BIRTH_YEAR -> 4;
            case BIRTH_DATE -> 8;
        };
    }

    private static final DateTimeFormatter DDMMYYYY = DateTimeFormatter.ofPattern("ddMMuuuu")
            .withResolverStyle(ResolverStyle.STRICT);
}
