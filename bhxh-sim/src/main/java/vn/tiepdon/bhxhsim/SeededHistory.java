package vn.tiepdon.bhxhsim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Invents a seeded person's {@link SimHistory}, deterministic for the seed and the person alone (not
 * their place in the population): about half have 1–4 visits in the last two years at facilities of
 * their province or Hà Nội, about one in ten was checked by another facility's account 1–3 days
 * before the simulator's start.
 */
final class SeededHistory {

    private static final List<String> DIAGNOSES = List.of("Viêm họng cấp", "Viêm dạ dày",
            "Tăng huyết áp vô căn (nguyên phát)", "Bệnh đái tháo đường type 2", "Viêm phế quản cấp",
            "Đau lưng", "Viêm mũi dị ứng", "Rối loạn tiền đình", "Viêm kết mạc", "Sốt xuất huyết Dengue",
            "Viêm phổi", "Gãy xương cẳng tay");
    private static final List<String> FACILITY_NUMBERS = List.of("001", "002", "013", "024", "056", "094", "101",
            "832", "905");
    private static final List<String> CHECKING_FACILITIES = List.of("01999", "01094", "79024", "79050", "31001",
            "48001", "92010");

    private SeededHistory() {
    }

    static SimHistory of(long seed, SimPerson person) {
        Random random = new Random(mix(seed ^ mix(Long.parseLong(person.socialInsuranceNumber()))));
        List<SimHistory.Visit> visits = new ArrayList<>();
        if (random.nextInt(2) == 0) {
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                visits.add(visit(random, person));
            }
            visits.sort(Comparator.comparing(SimHistory.Visit::admittedAgo).reversed());
        }
        List<SimHistory.CheckElsewhere> checks = new ArrayList<>();
        if (random.nextInt(10) == 0) {
            String facility = CHECKING_FACILITIES.get(random.nextInt(CHECKING_FACILITIES.size()));
            Duration ago = Duration.ofDays(1).plusMinutes(random.nextInt(2 * 24 * 60));
            checks.add(new SimHistory.CheckElsewhere(facility + "_BV", ago, person.status(),
                    GatewayTexts.of(person.status())));
        }
        return visits.isEmpty() && checks.isEmpty() ? SimHistory.NONE : new SimHistory(visits, checks);
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static SimHistory.Visit visit(Random random, SimPerson person) {
        String province = random.nextInt(4) == 0 ? "01" : person.cardNumber().substring(3, 5);
        String facility = province + FACILITY_NUMBERS.get(random.nextInt(FACILITY_NUMBERS.size()));
        boolean inpatient = random.nextInt(5) == 0;
        Duration stay = inpatient
                ? Duration.ofDays(1 + random.nextInt(10)).plusHours(random.nextInt(8))
                : Duration.ofMinutes(30 + random.nextInt(6 * 60));
        Duration ago = Duration.ofDays(3 + random.nextInt(720)).plusMinutes(random.nextInt(24 * 60))
                .plus(stay);
        String result = inpatient ? String.valueOf(1 + random.nextInt(3)) : String.valueOf(1 + random.nextInt(2));
        String reason = String.valueOf(1 + random.nextInt(4));
        String discharge = inpatient ? String.valueOf(1 + random.nextInt(2) * 3) : "1";
        return new SimHistory.Visit(random.nextInt(100_000), facility, ago, stay,
                DIAGNOSES.get(random.nextInt(DIAGNOSES.size())), discharge, result, reason);
    }
}
