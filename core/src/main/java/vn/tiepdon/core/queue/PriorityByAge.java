package vn.tiepdon.core.queue;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import vn.tiepdon.core.identity.PartialDate;

/**
 * Who goes to the priority queue by age alone: at least {@code elderlyAge} or under
 * {@code childAge} years old on the day (the law on medical examination names 75 and 6). A birth
 * year alone counts only when the year decides it whatever the day.
 */
public record PriorityByAge(int elderlyAge, int childAge) {
    public PriorityByAge {
        if (elderlyAge < 1 || childAge < 0 || childAge >= elderlyAge) {
            throw new IllegalArgumentException("priority ages must satisfy 0 <= child < elderly");
        }
    }

    public static PriorityByAge defaults() {
        return new PriorityByAge(75, 6);
    }

    /** Why a patient born on {@code birth} is a priority patient on {@code day}, if they are. */
    public Optional<Reason> reason(PartialDate birth, LocalDate day) {
        Optional<Integer> least = ageAtLeast(birth, day);
        Optional<Integer> most = ageAtMost(birth, day);
        if (least.isPresent() && least.get() >= elderlyAge) {
            return Optional.of(Reason.ELDERLY);
        }
        if (most.isPresent() && most.get() < childAge) {
            return Optional.of(Reason.YOUNG_CHILD);
        }
        return Optional.empty();
    }

    /** Why a patient gets priority by age. */
    public enum Reason { ELDERLY, YOUNG_CHILD }

    private static Optional<Integer> ageAtLeast(PartialDate birth, LocalDate day) {
        return birth.fullDate().map(d -> Period.between(d, day).getYears())
                .or(() -> Optional.of(day.getYear() - birth.year() - 1));
    }

    private static Optional<Integer> ageAtMost(PartialDate birth, LocalDate day) {
        return birth.fullDate().map(d -> Period.between(d, day).getYears())
                .or(() -> Optional.of(day.getYear() - birth.year()));
    }
}
