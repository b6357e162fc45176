package vn.tiepdon.core.identity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the dates of the CCCD QR ({@code ddMMyyyy}) and of the BHYT QR
 * ({@code dd/MM/yyyy}, or {@code yyyy} for a birth year). Every check names the field, never its
 * value, except the day and month of a date that does not exist.
 */
final class DateFields {

    /** No date on an identity document or a BHYT card is earlier than this year. */
    static final int EARLIEST_YEAR = 1900;

    private static final Pattern COMPACT = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final DateTimeFormatter COMPACT_FORMAT = DateTimeFormatter.ofPattern("ddMMuuuu");
    private static final DateTimeFormatter SLASHED_FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private DateFields() {
    }

    /** {@code ddMMyyyy}, as on the CCCD QR. */
    static LocalDate compact(String text, String field) throws Rejection {
        Matcher m = COMPACT.matcher(text);
        if (!m.matches()) {
            throw new Rejection(field + " is not in the form ddMMyyyy");
        }
        return of(m, field);
    }

    /** {@code dd/MM/yyyy}, as on the BHYT QR. */
    static LocalDate slashed(String text, String field) throws Rejection {
        Matcher m = SLASHED.matcher(text);
        if (!m.matches()) {
            throw new Rejection(field + " is not in the form dd/MM/yyyy");
        }
        return of(m, field);
    }

    /** {@code dd/MM/yyyy} or {@code yyyy}: the birth date of the BHYT QR. */
    static PartialDate slashedOrYear(String text, String field) throws Rejection {
        if (YEAR.matcher(text).matches()) {
            int year = Integer.parseInt(text);
            if (year < EARLIEST_YEAR) {
                throw new Rejection(field + " is before " + EARLIEST_YEAR);
            }
            return PartialDate.yearOnly(year);
        }
        if (!SLASHED.matcher(text).matches()) {
            throw new Rejection(field + " is not in the form dd/MM/yyyy or yyyy");
        }
        return PartialDate.of(slashed(text, field));
    }

    /** A birth date is neither in the future nor before 1900. */
    static PartialDate checkBirth(PartialDate birth, LocalDate today, String field) throws Rejection {
        if (birth.year() < EARLIEST_YEAR) {
            throw new Rejection(field + " is before " + EARLIEST_YEAR);
        }
        boolean future = birth.fullDate().map(d -> d.isAfter(today)).orElse(birth.year() > today.getYear());
        if (future) {
            throw new Rejection(field + " is in the future");
        }
        return birth;
    }

    /** An issue date is not in the future and not before the birth date (year only: the birth year). */
    static LocalDate checkIssue(LocalDate issue, PartialDate birth, LocalDate today, String field)
            throws Rejection {
        if (issue.isAfter(today)) {
            throw new Rejection(field + " is in the future");
        }
        boolean beforeBirth = birth.fullDate().map(issue::isBefore).orElse(issue.getYear() < birth.year());
        if (beforeBirth) {
            throw new Rejection(field + " is before the birth date");
        }
        return issue;
    }

    static String formatCompact(LocalDate date) {
        return date.format(COMPACT_FORMAT);
    }

    static String formatSlashed(LocalDate date) {
        return date.format(SLASHED_FORMAT);
    }

    private static LocalDate of(Matcher m, String field) throws Rejection {
        String dayText = m.group(1);
        String monthText = m.group(2);
        int day = Integer.parseInt(dayText);
        int month = Integer.parseInt(monthText);
        int year = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            throw new Rejection(field + " is not a real date: there is no month " + monthText);
        }
        if (year < EARLIEST_YEAR) {
            throw new Rejection(field + " is before " + EARLIEST_YEAR);
        }
        if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new Rejection(field + " is not a real date: there is no day " + dayText
                    + " in month " + monthText + (day == 29 && month == 2 ? " of that year" : ""));
        }
        return LocalDate.of(year, month, day);
    }
}
