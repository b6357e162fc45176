package vn.tiepdon.bhxhsim;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import vn.tiepdon.core.identity.PartialDate;
import vn.tiepdon.core.identity.Sex;

/** Generates invented people for {@link Population#seeded}: deterministic for a seed and a date. */
final class SeededPeople {

    /** Result codes and their weight out of 100. */
    private static final String[][] STATUS_WEIGHTS = {
            {"000", "72"}, {"001", "3"}, {"002", "3"}, {"003", "3"}, {"004", "3"}, {"010", "6"}, {"110", "2"},
            {"120", "2"}, {"121", "1"}, {"122", "1"}, {"123", "1"}, {"124", "1"}, {"130", "2"}};

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh");
    private static final List<String> MIDDLE_MALE = List.of("Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công");
    private static final List<String> MIDDLE_FEMALE = List.of("Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ", "Bích");
    private static final List<String> GIVEN_MALE = List.of("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng",
            "Khoa", "Long", "Minh", "Nam", "Phong", "Quân", "Sơn", "Tâm", "Thắng", "Trung", "Tuấn", "Việt", "Vinh");
    private static final List<String> GIVEN_FEMALE = List.of("Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa",
            "Hương", "Lan", "Linh", "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Trang", "Yến");
    private static final List<String> STREETS = List.of("Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng",
            "Lý Thường Kiệt", "Quang Trung", "Phan Chu Trinh", "Điện Biên Phủ");
    private static final List<String> WARDS = List.of("Phường An Bình", "Phường Hòa Lạc", "Phường Tân Phú",
            "Xã Đông Hưng", "Xã Phú Mỹ", "Phường Thành Công");
    private static final List<String> ADULT_GROUPS = List.of("DN4", "HC4", "GD4", "HT3", "HN2", "CB2", "BT2", "XN3",
            "TC3", "SV4");
    private static final List<String> FACILITY_NUMBERS = List.of("001", "013", "024", "056", "101", "832");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Random random;
    private final LocalDate today;
    private final Set<String> usedCccd = new HashSet<>();
    private final Set<String> usedNumbers = new HashSet<>();

    SeededPeople(long seed, Clock clock) {
        this.random = new Random(seed);
        this.today = LocalDate.ofInstant(clock.instant(), VIETNAM);
    }

    List<SimPerson> generate(int size) {
        List<SimPerson> people = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            people.add(next());
        }
        return people;
    }

    /**
     * {@code count} newborns with temporary cards: {@code TE1} + province + a BHXH-style number no
     * known person has, registered at {@code XX000}, born in the last three weeks, named after their
     * mother as hospitals do before a birth is registered ("Con bà …"). Their status is 050: the
     * gateway does not know them. Call after {@link #generate} so the numbers stay unique.
     */
    List<SimPerson> newborns(int count) {
        List<SimPerson> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            String province = pick(Provinces.CODES);
            LocalDate birth = today.minusDays(random.nextInt(21));
            String card = Population.TEMPORARY_CARD_PREFIX + province + uniqueNumber(province);
            out.add(new SimPerson(cccd(province, sex, birth.getYear()), "Con bà " + name(Sex.FEMALE),
                    PartialDate.of(birth), sex, address(province), card, Population.TEMPORARY_CARD_FACILITY, birth,
                    birth.plusYears(6).minusDays(1), Optional.empty(), "050", Optional.empty(), false));
        }
        return out;
    }

    private SimPerson next() {
        String status = status();
        Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        String province = pick(Provinces.CODES);
        int year = status.equals("130")
                ? today.getYear() - random.nextInt(6)
                : 1935 + random.nextInt(today.getYear() - 6 - 1935);
        LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        if (birth.isAfter(today)) {
            birth = today.minusDays(1 + random.nextInt(60));
        }
        PartialDate dateOfBirth = year < 1960 && random.nextInt(4) == 0
                ? PartialDate.yearOnly(birth.getYear()) : PartialDate.of(birth);
        String number = uniqueNumber(province);
        String card = group(status) + province + number;
        String facility = province + pick(FACILITY_NUMBERS);
        LocalDate validFrom = LocalDate.of(today.getYear(), 1, 1);
        LocalDate validTo = LocalDate.of(today.getYear() + 1, 12, 31);
        Optional<SimPerson.NewCard> newCard = Optional.empty();
        if (status.equals("010") || status.equals("003")) {
            validTo = today.minusDays(1 + random.nextInt(400));
            validFrom = validTo.minusYears(1).plusDays(1);
        }
        if (status.equals("003") || status.equals("004")) {
            String newGroup = status.equals("004") ? "HT3" : group("000");
            String newCardNumber = newGroup + province + number;
            if (newCardNumber.equals(card)) {
                newCardNumber = (newGroup.equals("HT3") ? "HN2" : "HT3") + province + number;
            }
            newCard = Optional.of(new SimPerson.NewCard(newCardNumber, today.minusDays(random.nextInt(90)),
                    LocalDate.of(today.getYear() + 2, 12, 31), facility,
                    "Bệnh viện đa khoa " + Provinces.name(province)));
        }
        Optional<LocalDate> fiveYears = random.nextInt(5) == 0
                ? Optional.empty() : Optional.of(today.plusDays(random.nextInt(2200) - 1100L));
        return new SimPerson(cccd(province, sex, birth.getYear()), name(sex), dateOfBirth, sex, address(province),
                card, facility, validFrom, validTo, fiveYears, status, newCard, false);
    }

    private String status() {
        int r = random.nextInt(100);
        for (String[] sw : STATUS_WEIGHTS) {
            r -= Integer.parseInt(sw[1]);
            if (r < 0) {
                return sw[0];
            }
        }
        return "000";
    }

    private String group(String status) {
        return switch (status) {
            case "001" -> "QN5";
            case "002" -> "CA5";
            case "130" -> "TE1";
            default -> pick(ADULT_GROUPS);
        };
    }

    private String name(Sex sex) {
        boolean male = sex == Sex.MALE;
        return pick(FAMILY) + " " + pick(male ? MIDDLE_MALE : MIDDLE_FEMALE) + " "
                + pick(male ? GIVEN_MALE : GIVEN_FEMALE);
    }

    private String address(String province) {
        return "Số " + (1 + random.nextInt(300)) + " " + pick(STREETS) + ", " + pick(WARDS) + ", "
                + Provinces.name(province);
    }

    /** CCCD: 0 + province, century-and-sex digit, last two digits of the birth year, 6 serial digits. */
    private String cccd(String province, Sex sex, int birthYear) {
        int centuryDigit = (birthYear >= 2000 ? 2 : 0) + (sex == Sex.FEMALE ? 1 : 0);
        String prefix = "0" + province + centuryDigit + String.format("%02d", birthYear % 100);
        String cccd;
        do {
            cccd = prefix + String.format("%06d", random.nextInt(1_000_000));
        } while (!usedCccd.add(cccd));
        return cccd;
    }

    /** 10-digit BHXH number: the province code and 8 serial digits. */
    private String uniqueNumber(String province) {
        String number;
        do {
            number = province + String.format("%08d", random.nextInt(100_000_000));
        } while (!usedNumbers.add(number));
        return number;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
