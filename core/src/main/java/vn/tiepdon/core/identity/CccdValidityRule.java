package vn.tiepdon.core.identity;

import java.time.LocalDate;
import java.util.List;

/**
 * The CCCD renewal rule (Luật Căn cước công dân 2014 art. 21, Luật Căn cước 2023 art. 21): a card
 * is renewed at 25, 40 and 60; a card issued within two years before one of these birthdays is
 * valid until the next one; a card issued at 58 or later is valid for life.
 */
public final class CccdValidityRule {

    /** The birthdays at which a card expires, in order. */
    public static final List<Integer> MILESTONE_AGES = List.of(25, 40, 60);

    /** Years before a milestone within which a new card already runs to the next milestone. */
    public static final int GRACE_YEARS = 2;

    private CccdValidityRule() {
    }

    public static CardValidity validity(LocalDate birthDate, LocalDate issueDate) {
        for (int age : MILESTONE_AGES) {
            LocalDate milestone = birthday(birthDate, age);
            if (issueDate.isBefore(milestone.minusYears(GRACE_YEARS))) {
                return new CardValidity.Until(milestone);
            }
        }
        return new CardValidity.Lifetime();
    }

    /** The given birthday; someone born on 29 February has it on 28 February in common years. */
    public static LocalDate birthday(LocalDate birthDate, int age) {
        return birthDate.plusYears(age);
    }
}
