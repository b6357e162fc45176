package vn.tiepdon.server.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/** Service days {@code from}..{@code to}, both included, at most {@link #MAX_DAYS}. */
public record ReportRange(LocalDate from, LocalDate to) {
    /** The longest range of one report: a year, leap years included. */
    public static final int MAX_DAYS = 366;

    public ReportRange {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("'from' (" + from + ") is after 'to' (" + to + ")");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("the range has " + days + " days; at most " + MAX_DAYS
                    + " in one report");
        }
    }

    /**
     * The range of two query values, both required, {@code yyyy-MM-dd}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static ReportRange parse(Optional<String> from, Optional<String> to) {
        return new ReportRange(date("from", from), date("to", to));
    }

    private static LocalDate date(String name, Optional<String> text) {
        String value = text.orElseThrow(() -> new IllegalArgumentException("'" + name
                + "' is required: a date yyyy-MM-dd"));
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be a date yyyy-MM-dd");
        }
    }
}
