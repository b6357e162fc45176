package vn.tiepdon.desk;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth date as a receptionist types it: {@code 07/03/1985} (day first, as on Vietnamese
 * papers), {@code 1985-03-07}, or the year alone {@code 1985} (when the card shows only the year).
 * The API takes {@code yyyy-MM-dd} or {@code yyyy}.
 */
final class BirthDates {
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int FIRST_YEAR = 1900;

    private BirthDates() {
    }

    /** What the typed text is. */
    sealed interface Parsed {
        /** Nothing typed: the value sent stays. */
        record Empty() implements Parsed {
        }

        /** A date or year, as the API writes it. */
        record Valid(Optional<String> value) implements Parsed {
        }

        /** Not a date (or a year before 1900). */
        record Invalid() implements Parsed {
        }

        /** A date after today. */
        record InFuture() implements Parsed {
        }
    }

    static Parsed parse(String typed, LocalDate today) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new Parsed.Empty();
        }
        if (YEAR.matcher(text).matches()) {
            int year = Integer.parseInt(text);
            if (year < FIRST_YEAR) {
                return new Parsed.Invalid();
            }
            return year > today.getYear() ? new Parsed.InFuture() : new Parsed.Valid(Optional.of(text));
        }
        Matcher m = DAY_FIRST.matcher(text);
        LocalDate date;
        try {
            if (m.matches()) {
                date = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            } else {
                Matcher iso = ISO.matcher(text);
                if (!iso.matches()) {
                    return new Parsed.Invalid();
                }
                date = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
        } catch (DateTimeException e) {
            return new Parsed.Invalid();
        }
        if (date.getYear() < FIRST_YEAR) {
            return new Parsed.Invalid();
        }
        return date.isAfter(today) ? new Parsed.InFuture() : new Parsed.Valid(Optional.of(date.toString()));
    }
}
