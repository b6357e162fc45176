package vn.tiepdon.bhxhsim;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.privacy.Masking;

/**
 * The insured people the simulated gateway knows, found by CCCD number, 10-digit BHXH number or
 * 15-character card number (a replacement card finds its person too). Immutable.
 */
public final class Population {

    private final List<SimPerson> people;
    private final Map<String, SimPerson> byCccd = new HashMap<>();
    private final Map<String, SimPerson> bySocialInsuranceNumber = new HashMap<>();
    private final Map<String, SimPerson> byCardNumber = new HashMap<>();

    private Population(Collection<SimPerson> people) {
        this.people = List.copyOf(people);
        for (SimPerson p : this.people) {
            putUnique(byCccd, p.cccd(), p, "CCCD");
            putUnique(bySocialInsuranceNumber, p.socialInsuranceNumber(), p, "BHXH number");
            putUnique(byCardNumber, p.cardNumber(), p, "card number");
            p.newCard().ifPresent(c -> putUnique(byCardNumber, c.cardNumber(), p, "card number"));
        }
    }

    /**
     * A population of the given people.
     *
     * @throws IllegalArgumentException when two people share a CCCD, BHXH or card number
     */
    public static Population of(Collection<SimPerson> people) {
        Objects.requireNonNull(people, "people");
        return new Population(people);
    }

    /**
     * A generated population of {@code size} invented people with a realistic mix of result codes
     * (mostly 000; some 001, 002, 003, 004, 010, 110, 120–124, 130), card validity around the date
     * of {@code clock}. The same seed, size and date give the same people. Nobody hangs.
     */
    public static Population seeded(long seed, int size, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        if (size < 0) {
            throw new IllegalArgumentException("size < 0: " + size);
        }
        return new Population(new SeededPeople(seed, clock).generate(size));
    }

    public Optional<SimPerson> byCccd(String cccd) {
        return Optional.ofNullable(byCccd.get(cccd));
    }

    public Optional<SimPerson> bySocialInsuranceNumber(String number) {
        return Optional.ofNullable(bySocialInsuranceNumber.get(number));
    }

    /** The person whose current or replacement card has exactly this number. */
    public Optional<SimPerson> byCardNumber(String cardNumber) {
        return Optional.ofNullable(byCardNumber.get(cardNumber));
    }

    public List<SimPerson> people() {
        return people;
    }

    public int size() {
        return people.size();
    }

    private static void putUnique(Map<String, SimPerson> index, String key, SimPerson person, String what) {
        if (index.putIfAbsent(key, person) != null) {
            throw new IllegalArgumentException("two people share the " + what + " " + Masking.number(key));
        }
    }
}
