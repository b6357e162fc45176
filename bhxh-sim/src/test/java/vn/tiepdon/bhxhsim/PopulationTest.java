package vn.tiepdon.bhxhsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.identity.Sex;

class PopulationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void demoPopulationCoversEveryPersonLevelCode() {
        Set<String> codes = DemoPopulation.people().stream().map(SimPerson::status).collect(Collectors.toSet());

        assertThat(codes).containsExactlyInAnyOrder("000", "001", "002", "003", "004", "010", "110", "120", "121",
                "122", "123", "124", "130");
        assertThat(DemoPopulation.people()).filteredOn(SimPerson::hangs).containsExactly(DemoPopulation.GATEWAY_HANGS);
        assertThat(DemoPopulation.create().size()).isEqualTo(DemoPopulation.people().size());
    }

    @Test
    void demoCccdNumbersFollowTheVietnameseRule() {
        DemoPopulation.people().forEach(PopulationTest::assertCccdRule);
    }

    @Test
    void seededCccdNumbersFollowTheVietnameseRule() {
        Population.seeded(7, 500, CLOCK).people().forEach(PopulationTest::assertCccdRule);
    }

    @Test
    void findsEachPersonByCccdBhxhNumberAndCard() {
        Population population = DemoPopulation.create();
        SimPerson p = DemoPopulation.ELIGIBLE_BY_CCCD;

        assertThat(population.byCccd("001085012345")).contains(p);
        assertThat(population.bySocialInsuranceNumber("0185012345")).contains(p);
        assertThat(population.byCardNumber("HC4010185012345")).contains(p);
        assertThat(population.byCardNumber("HT3010165005566")).contains(DemoPopulation.OLD_CARD_VALID_NEW_CARD);
        assertThat(population.byCccd("001085099999")).isEmpty();
    }

    @Test
    void seededPopulationIsTheSameForTheSameSeedAndDate() {
        List<SimPerson> a = Population.seeded(42, 300, CLOCK).people();
        List<SimPerson> b = Population.seeded(42, 300, CLOCK).people();
        List<SimPerson> c = Population.seeded(43, 300, CLOCK).people();

        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void seededPopulationMixesEveryPersonLevelCode() {
        Population population = Population.seeded(1, 3000, CLOCK);
        Set<String> codes = population.people().stream().map(SimPerson::status).collect(Collectors.toSet());

        assertThat(codes).contains("000", "001", "002", "003", "004", "010", "110", "120", "121", "122", "123",
                "124", "130");
        long eligible = population.people().stream().filter(p -> p.status().equals("000")).count();
        assertThat(eligible).isBetween(1800L, 2600L);
        assertThat(population.people()).noneMatch(SimPerson::hangs);
    }

    @Test
    void seededValidityFollowsTheClock() {
        LocalDate today = LocalDate.of(2026, 3, 1);
        for (SimPerson p : Population.seeded(3, 500, CLOCK).people()) {
            if (p.status().equals("010") || p.status().equals("003")) {
                assertThat(p.validTo()).isBefore(today);
            } else {
                assertThat(p.validTo()).isAfterOrEqualTo(today);
            }
            p.newCard().ifPresent(c -> assertThat(c.validTo()).isAfter(today));
        }
    }

    @Test
    void rejectsTwoPeopleWithTheSameCccd() {
        SimPerson a = DemoPopulation.ELIGIBLE_BY_CCCD;
        SimPerson b = new SimPerson(a.cccd(), "Người Khác", a.dateOfBirth(), a.sex(), a.address(), "DN4019999999999",
                a.registeredFacility(), a.validFrom(), a.validTo(), Optional.empty(), "000", Optional.empty(), false);

        assertThatThrownBy(() -> Population.of(List.of(a, b))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CCCD").hasMessageNotContaining(a.cccd());
    }

    @Test
    void rejectsCardNumberWithBenefitLevelSix() {
        SimPerson a = DemoPopulation.ELIGIBLE_BY_CCCD;
        assertThatThrownBy(() -> new SimPerson(a.cccd(), a.fullName(), a.dateOfBirth(), a.sex(), a.address(),
                "HC6010185012345", a.registeredFacility(), a.validFrom(), a.validTo(), Optional.empty(), "000",
                Optional.empty(), false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oldCardCodesNeedANewCard() {
        SimPerson a = DemoPopulation.ELIGIBLE_BY_CCCD;
        assertThatThrownBy(() -> new SimPerson(a.cccd(), a.fullName(), a.dateOfBirth(), a.sex(), a.address(),
                a.cardNumber(), a.registeredFacility(), a.validFrom(), a.validTo(), Optional.empty(), "003",
                Optional.empty(), false)).hasMessageContaining("new card");
    }

    @Test
    void personToStringHidesPersonalData() {
        assertThat(DemoPopulation.ELIGIBLE_BY_CCCD.toString())
                .doesNotContain("Nguyễn").doesNotContain("001085012345").doesNotContain("HC4010185012345");
    }

    @Test
    void seededPopulationHasFiveNewbornsWithTemporaryCardsTheGatewayDoesNotKnow() {
        Population population = Population.seeded(7, 500, CLOCK);

        assertThat(population.newborns()).hasSize(5);
        assertThat(population.newborn()).contains(population.newborns().get(0));
        for (SimPerson baby : population.newborns()) {
            assertThat(baby.cardNumber()).startsWith("TE1").matches("TE1\\d{12}");
            assertThat(baby.registeredFacility()).isEqualTo("XX000");
            assertThat(baby.status()).isEqualTo("050");
            assertThat(baby.dateOfBirth().fullDate().orElseThrow()).isBetween(LocalDate.of(2026, 2, 8),
                    LocalDate.of(2026, 3, 1));
            assertThat(population.byCardNumber(baby.cardNumber())).isEmpty();
            assertThat(population.byCccd(baby.cccd())).isEmpty();
            assertThat(population.bySocialInsuranceNumber(baby.socialInsuranceNumber())).isEmpty();
            assertThat(population.people()).doesNotContain(baby);
        }
        assertThat(Population.seeded(7, 0, CLOCK).newborns()).isEmpty();
        assertThat(Population.seeded(7, 500, CLOCK).newborns()).isEqualTo(population.newborns());
    }

    @Test
    void demoNewbornsHaveTemporaryCardsAndAreNotAmongThePeople() {
        Population population = DemoPopulation.create();

        assertThat(population.newborns()).containsExactlyElementsOf(DemoPopulation.newborns());
        assertThat(DemoPopulation.NEWBORN_TEMPORARY_CARD.cardNumber()).isEqualTo("TE1010126007070");
        for (SimPerson baby : DemoPopulation.newborns()) {
            assertThat(baby.cardNumber()).startsWith("TE1");
            assertThat(baby.registeredFacility()).isEqualTo("XX000");
            assertThat(population.byCardNumber(baby.cardNumber())).isEmpty();
            assertThat(population.byCccd(baby.cccd())).isEmpty();
        }
    }

    @Test
    void seededHistoriesAreTheSameForTheSameSeedAndVaried() {
        Population a = Population.seeded(21, 400, CLOCK);
        Population b = Population.seeded(21, 400, CLOCK);
        List<SimHistory> histories = a.people().stream().map(a::historyOf).toList();

        assertThat(histories).isEqualTo(b.people().stream().map(b::historyOf).toList());
        long withVisits = histories.stream().filter(h -> !h.visits().isEmpty()).count();
        long checkedElsewhere = histories.stream().filter(SimHistory::checkedElsewhere).count();
        assertThat(withVisits).isBetween(120L, 280L);
        assertThat(checkedElsewhere).isBetween(15L, 80L);
        long emptyAsNull = a.people().stream().filter(p -> a.historyOf(p).visits().isEmpty())
                .filter(SimHistory::emptyAnswersNull).count();
        long emptyAsList = a.people().stream().filter(p -> a.historyOf(p).visits().isEmpty())
                .filter(p -> !SimHistory.emptyAnswersNull(p)).count();
        assertThat(emptyAsNull).isPositive();
        assertThat(emptyAsList).isPositive();
        for (SimHistory h : histories) {
            for (SimHistory.CheckElsewhere c : h.checksElsewhere()) {
                assertThat(c.ago()).isBetween(Duration.ofDays(1), Duration.ofDays(3));
                assertThat(c.account()).matches("\\d{5}_BV").isNotEqualTo(SimSettings.DEMO_USERNAME);
            }
            for (SimHistory.Visit v : h.visits()) {
                assertThat(v.facility()).matches("\\d{5}");
                assertThat(v.admittedAgo()).isGreaterThan(v.stay());
            }
        }
    }

    @Test
    void demoPersonVisitedElsewhereWasCheckedYesterdayByAnotherFacility() {
        SimHistory h = DemoPopulation.create().historyOf(DemoPopulation.VISITED_ELSEWHERE);

        assertThat(h.checkedElsewhere()).isTrue();
        assertThat(h.checksElsewhere().get(0).account()).isEqualTo("01094_BV");
        assertThat(h.checksElsewhere().get(0).ago()).isEqualTo(Duration.ofHours(26));
        assertThat(h.visits()).hasSize(3);
        assertThat(DemoPopulation.create().historyOf(DemoPopulation.ELIGIBLE_BY_CARD)).isEqualTo(SimHistory.NONE);
    }

    @Test
    void rejectsANewbornWithoutATemporaryCardOrAHistoryOfAStranger() {
        SimPerson a = DemoPopulation.ELIGIBLE_BY_CCCD;
        SimPerson stranger = DemoPopulation.NEWBORN_TEMPORARY_CARD;

        assertThatThrownBy(() -> Population.of(List.of(), Map.of(), List.of(a)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("temporary card");
        assertThatThrownBy(() -> Population.of(List.of(a), Map.of(stranger, SimHistory.NONE), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the population");
    }

    /** 0 + province code, century-and-sex digit, two-digit year, six serial digits. */
    private static void assertCccdRule(SimPerson p) {
        String cccd = p.cccd();
        int year = p.dateOfBirth().year();
        int centuryDigit = (year >= 2000 ? 2 : 0) + (p.sex() == Sex.FEMALE ? 1 : 0);
        assertThat(cccd).as(p.fullName()).matches("\\d{12}").startsWith("0");
        assertThat(cccd.substring(1, 3)).as(p.fullName()).isEqualTo(p.cardNumber().substring(3, 5));
        assertThat(cccd.charAt(3)).as(p.fullName()).isEqualTo((char) ('0' + centuryDigit));
        assertThat(cccd.substring(4, 6)).as(p.fullName()).isEqualTo(String.format("%02d", year % 100));
        assertThat(p.cardNumber()).matches("[A-Z]{2}[1-5]\\d{12}");
        assertThat(CardCheck.GROUP_CODES).contains(p.cardNumber().substring(0, 2));
        assertThat(p.registeredFacility()).matches("\\d{5}");
    }
}
