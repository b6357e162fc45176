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
 * 15-character card number (a replacement card finds its person too), with their visit and check
 * histories ({@link SimHistory}). Also holds newborns with <b>temporary cards</b> ({@code TE1…}
 * registered at facility {@code XX000}): patients a hospital sees, whom the gateway never knows, so
 * their lookups answer 050 with no card data. Immutable.
 */
public final class Population {

    /** The facility code printed on newborns' temporary cards. */
    public static final String TEMPORARY_CARD_FACILITY = "XX000";
    /** How newborns' temporary card numbers begin. */
    public static final String TEMPORARY_CARD_PREFIX = "TE1";

    private final List<SimPerson> people;
    private final List<SimPerson> newborns;
    private final Map<String, SimPerson> byCccd = new HashMap<>();
    private final Map<String, SimPerson> bySocialInsuranceNumber = new HashMap<>();
    private final Map<String, SimPerson> byCardNumber = new HashMap<>();
    private final Map<String, SimHistory> histories = new HashMap<>();

    private Population(Collection<SimPerson> people, Map<SimPerson, SimHistory> histories,
                       Collection<SimPerson> newborns) {
        this.people = List.copyOf(people);
        this.newborns = List.copyOf(newborns);
        for (SimPerson p : this.people) {
            putUnique(byCccd, p.cccd(), p, "CCCD");
            putUnique(bySocialInsuranceNumber, p.socialInsuranceNumber(), p, "BHXH number");
            putUnique(byCardNumber, p.cardNumber(), p, "card number");
            p.newCard().ifPresent(c -> putUnique(byCardNumber, c.cardNumber(), p, "card number"));
        }
        histories.forEach((p, h) -> {
            if (!p.equals(bySocialInsuranceNumber.get(p.socialInsuranceNumber()))) {
                throw new IllegalArgumentException("a history for someone not in the population: " + p);
            }
            this.histories.put(p.socialInsuranceNumber(), Objects.requireNonNull(h, "history"));
        });
        for (SimPerson n : this.newborns) {
            if (!n.cardNumber().startsWith(TEMPORARY_CARD_PREFIX)
                    || !n.registeredFacility().equals(TEMPORARY_CARD_FACILITY)) {
                throw new IllegalArgumentException("a newborn's temporary card starts with " + TEMPORARY_CARD_PREFIX
                        + " and is registered at " + TEMPORARY_CARD_FACILITY + ": " + n);
            }
            if (byCccd.containsKey(n.cccd()) || bySocialInsuranceNumber.containsKey(n.socialInsuranceNumber())) {
                throw new IllegalArgumentException("a newborn shares a number with a known person: " + n);
            }
        }
    }

    /**
     * A population of the given people, without histories or newborns.
     *
     * @throws IllegalArgumentException when two people share a CCCD, BHXH or card number
     */
    public static Population of(Collection<SimPerson> people) {
        Objects.requireNonNull(people, "people");
        return new Population(people, Map.of(), List.of());
    }

    /**
     * A population of the given people with these histories (others have {@link SimHistory#NONE})
     * and these newborns with temporary cards (unknown to the gateway).
     *
     * @throws IllegalArgumentException when two people share a CCCD, BHXH or card number, a history is
     *                                  for someone not in {@code people}, or a newborn's card is not a
     *                                  {@code TE1…}/{@code XX000} card or shares a number with a person
     */
    public static Population of(Collection<SimPerson> people, Map<SimPerson, SimHistory> histories,
                                Collection<SimPerson> newborns) {
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(histories, "histories");
        Objects.requireNonNull(newborns, "newborns");
        return new Population(people, histories, newborns);
    }

    /**
     * A generated population of {@code size} invented people with a realistic mix of result codes
     * (mostly 000; some 001, 002, 003, 004, 010, 110, 120–124, 130), card validity around the date
     * of {@code clock}, and histories: about half have visits at various facilities, about one in
     * ten was checked by another facility's account 1–3 days before the simulator's start. Also five
     * newborns with temporary cards ({@link #newborns()}; none when {@code size} is 0). The same
     * seed, size and date give the same people. Nobody hangs.
     */
    public static Population seeded(long seed, int size, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        if (size < 0) {
            throw new IllegalArgumentException("size < 0: " + size);
        }
        SeededPeople generator = new SeededPeople(seed, clock);
        List<SimPerson> people = generator.generate(size);
        Map<SimPerson, SimHistory> histories = new HashMap<>();
        for (SimPerson p : people) {
            SimHistory h = SeededHistory.of(seed, p);
            if (!h.equals(SimHistory.NONE)) {
                histories.put(p, h);
            }
        }
        return new Population(people, histories, size == 0 ? List.of() : generator.newborns(5));
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

    /** The people the gateway knows (not the {@link #newborns()}). */
    public List<SimPerson> people() {
        return people;
    }

    /** The number of people the gateway knows. */
    public int size() {
        return people.size();
    }

    /** The person's visits and checks elsewhere; {@link SimHistory#NONE} when they have none. */
    public SimHistory historyOf(SimPerson person) {
        return histories.getOrDefault(person.socialInsuranceNumber(), SimHistory.NONE);
    }

    /**
     * Newborns with temporary cards ({@code TE1…}, registered at {@code XX000}): the gateway knows
     * neither their card nor their CCCD, so every lookup of them answers 050 with no card data.
     */
    public List<SimPerson> newborns() {
        return newborns;
    }

    /** The first newborn with a temporary card, if the population has any. */
    public Optional<SimPerson> newborn() {
        return newborns.stream().findFirst();
    }

    private static void putUnique(Map<String, SimPerson> index, String key, SimPerson person, String what) {
        if (index.putIfAbsent(key, person) != null) {
            throw new IllegalArgumentException("two people share the " + what + " " + Masking.number(key));
        }
    }
}
