package vn.tiepdon.core.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * A date that may be known to the day or only to the year (BHYT cards of older patients carry a
 * birth year only). {@link #toString()} gives {@code yyyy-MM-dd} or {@code yyyy}.
 */
public record PartialDate(int year, Optional<LocalDate> fullDate) {

    public PartialDate {
        Objects.requireNonNull(fullDate, "fullDate");
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        fullDate.ifPresent(d -> {
            if (d.getYear() != year) {
                throw new IllegalArgumentException("year " + year + " does not match date " + d);
            }
        });
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), Optional.of(date));
    }

    public static PartialDate yearOnly(int year) {
        return new PartialDate(year, Optional.empty());
    }

    /** Parses {@code yyyy-MM-dd} or {@code yyyy}. */
    public static PartialDate parseIso(String text) {
        if (text.length() == 4) {
            return yearOnly(Integer.parseInt(text));
        }
        return of(LocalDate.parse(text));
    }

    public boolean isYearOnly() {
        return fullDate.isEmpty();
    }

    /** The form the BHXH gateway takes in {@code ngaySinh}: {@code dd/MM/yyyy}, or {@code yyyy}. */
    public String toGatewayFormat() {
        return fullDate.map(d -> d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .orElseGet(() -> String.format("%04d", year));
    }

    @Override
    public String toString() {
        return fullDate.map(LocalDate::toString).orElseGet(() -> String.format("%04d", year));
    }
}
