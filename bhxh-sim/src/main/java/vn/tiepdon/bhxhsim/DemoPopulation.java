package vn.tiepdon.bhxhsim;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.core.identity.PartialDate;
import vn.tiepdon.core.identity.Sex;

/**
 * The fixed demo population: one invented person for each person-level result code, each named
 * by the constant below for what the demo uses them for. All data is invented; CCCD numbers follow
 * the Vietnamese rule (0 + province code, century-and-sex digit, two-digit birth year, serial) and
 * cards are group code + benefit level + province + 10-digit BHXH number.
 *
 * <table>
 * <caption>Demo people (valid cards run 01/01/2025–31/12/2030)</caption>
 * <tr><th>constant</th><th>name</th><th>birth</th><th>CCCD</th><th>card</th><th>code</th></tr>
 * <tr><td>ELIGIBLE_BY_CCCD</td><td>Nguyễn Văn An</td><td>05/03/1985</td><td>001085012345</td><td>HC4010185012345</td><td>000</td></tr>
 * <tr><td>ELIGIBLE_BY_CARD</td><td>Trần Thị Bình</td><td>12/08/1992</td><td>079192004567</td><td>DN4797912004567</td><td>000</td></tr>
 * <tr><td>ELIGIBLE_BIRTH_YEAR_ONLY</td><td>Lê Thị Cúc</td><td>1950</td><td>001150003210</td><td>HT3010150003210</td><td>000</td></tr>
 * <tr><td>EXPIRED_CARD</td><td>Phạm Văn Dũng</td><td>20/11/1970</td><td>001070003456</td><td>GD4010170003456</td><td>010</td></tr>
 * <tr><td>MILITARY</td><td>Hoàng Quốc Hùng</td><td>14/02/1988</td><td>031088001122</td><td>QN5313188001122</td><td>001</td></tr>
 * <tr><td>POLICE</td><td>Vũ Minh Khang</td><td>30/06/1990</td><td>048090002233</td><td>CA5484890002233</td><td>002</td></tr>
 * <tr><td>OLD_CARD_EXPIRED_NEW_CARD</td><td>Đặng Thị Hoa</td><td>09/09/1978</td><td>001178004455</td><td>HC4010178004455 (new HC4790178004455)</td><td>003</td></tr>
 * <tr><td>OLD_CARD_VALID_NEW_CARD</td><td>Bùi Văn Long</td><td>17/01/1965</td><td>001065005566</td><td>DN4010165005566 (new HT3010165005566)</td><td>004</td></tr>
 * <tr><td>REVOKED</td><td>Đỗ Thị Mai</td><td>25/12/1995</td><td>001195006677</td><td>DN4010195006677</td><td>110</td></tr>
 * <tr><td>REDUCED</td><td>Ngô Văn Nam</td><td>03/04/1982</td><td>001082007788</td><td>DN4010182007788</td><td>120</td></tr>
 * <tr><td>REDUCED_MOVED_OTHER_PROVINCE</td><td>Dương Thị Oanh</td><td>11/11/1987</td><td>079187008899</td><td>DN4797987008899</td><td>121</td></tr>
 * <tr><td>REDUCED_MOVED_SAME_PROVINCE</td><td>Lý Văn Phúc</td><td>22/02/1991</td><td>079091009900</td><td>DN4797991009900</td><td>122</td></tr>
 * <tr><td>REDUCED_REJOINED_SAME_EMPLOYER</td><td>Hồ Thị Quỳnh</td><td>08/08/1993</td><td>048193001010</td><td>DN4484893001010</td><td>123</td></tr>
 * <tr><td>REDUCED_STOPPED</td><td>Phan Văn Sơn</td><td>19/05/1975</td><td>031075002020</td><td>GD4313175002020</td><td>124</td></tr>
 * <tr><td>CHILD_WITHOUT_CARD</td><td>Nguyễn Gia Bảo</td><td>15/04/2021</td><td>001221003030</td><td>TE1010121003030</td><td>130</td></tr>
 * <tr><td>GATEWAY_HANGS</td><td>Trịnh Thị Thu</td><td>07/07/1983</td><td>079183004040</td><td>HC4797983004040</td><td>000, never in time</td></tr>
 * <tr><td>VISITED_ELSEWHERE</td><td>Lê Văn Minh</td><td>14/10/1988</td><td>001088006060</td><td>DN4010188006060</td><td>000, checked at 01094 yesterday</td></tr>
 * </table>
 *
 * <p>Lookups by the new card of {@link #OLD_CARD_EXPIRED_NEW_CARD} or {@link #OLD_CARD_VALID_NEW_CARD}
 * answer 000 with the new card.
 *
 * <p><b>Histories</b> (times are before the simulator's start, by its clock):
 * <ul>
 * <li>{@link #VISITED_ELSEWHERE}: his card was checked by {@code 01094_BV} 26 hours before
 * ({@code dsLichSuKT2018}, code 000: a possible concurrent visit), and {@code Lskcb2025} answers three
 * visits: 01013 about 9 months before, 79024 40 days before, and 01094 26 hours before (4 hours,
 * "Tăng huyết áp vô căn (nguyên phát)").</li>
 * <li>{@link #ELIGIBLE_BY_CCCD}: one visit at 01013 about 4 months before; no check elsewhere.</li>
 * <li>Everyone else has no visit: {@code dsLichSuKCB2025} is {@code []} when the BHXH number ends in an
 * even digit ({@link #ELIGIBLE_BIRTH_YEAR_ONLY}, {@link #EXPIRED_CARD}, {@link #MILITARY}…) and
 * {@code null} when odd ({@link #ELIGIBLE_BY_CARD}, {@link #POLICE}…), see
 * {@link SimHistory#emptyAnswersNull}.</li>
 * </ul>
 *
 * <p><b>Newborns with temporary cards</b> ({@link #newborns()}, not among {@link #people()}): the
 * gateway knows neither their card nor their CCCD; every lookup answers 050 with no card data.
 * <table>
 * <caption>Demo newborns (registered at XX000)</caption>
 * <tr><th>constant</th><th>name</th><th>birth</th><th>CCCD</th><th>temporary card</th></tr>
 * <tr><td>NEWBORN_TEMPORARY_CARD</td><td>Con bà Trần Thị Lan</td><td>20/02/2026</td><td>001326007070</td><td>TE1010126007070</td></tr>
 * <tr><td>NEWBORN_TEMPORARY_CARD_HCMC</td><td>Con bà Lê Thị Hạnh</td><td>25/02/2026</td><td>079226008080</td><td>TE1797926008080</td></tr>
 * </table>
 */
public final class DemoPopulation {

    private static final LocalDate VALID_FROM = LocalDate.of(2025, Month.JANUARY, 1);
    private static final LocalDate VALID_TO = LocalDate.of(2030, Month.DECEMBER, 31);
    private static final String HANOI = "Thành phố Hà Nội";
    private static final String HCMC = "Thành phố Hồ Chí Minh";

    /** 000, looked up by the CCCD number (the CCCD QR at the kiosk). */
    public static final SimPerson ELIGIBLE_BY_CCCD = person("001085012345", "Nguyễn Văn An", date(1985, 3, 5),
            Sex.MALE, "Số 12 Lê Lợi, Phường An Bình, " + HANOI, "HC4010185012345", "01013", "000");
    /** 000, looked up by the BHYT card number (the BHYT or VssID QR). */
    public static final SimPerson ELIGIBLE_BY_CARD = person("079192004567", "Trần Thị Bình", date(1992, 8, 12),
            Sex.FEMALE, "Số 45 Nguyễn Trãi, Phường Tân Phú, " + HCMC, "DN4797912004567", "79024", "000");
    /** 000 for an older patient whose card carries the birth year only ({@code ngaySinh} "1950"). */
    public static final SimPerson ELIGIBLE_BIRTH_YEAR_ONLY = person("001150003210", "Lê Thị Cúc",
            PartialDate.yearOnly(1950), Sex.FEMALE, "Xã Đông Hưng, Huyện Gia Lâm, " + HANOI, "HT3010150003210",
            "01013", "000");
    /** 010: the card ran out on 31/12/2024. */
    public static final SimPerson EXPIRED_CARD = new SimPerson("001070003456", "Phạm Văn Dũng",
            date(1970, 11, 20), Sex.MALE, "Số 3 Quang Trung, Phường Thành Công, " + HANOI, "GD4010170003456",
            "01013", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Optional.empty(), "010",
            Optional.empty(), false);
    /** 001: card managed by the Ministry of Defence's BHXH; ID check at the counter. */
    public static final SimPerson MILITARY = person("031088001122", "Hoàng Quốc Hùng", date(1988, 2, 14),
            Sex.MALE, "Số 8 Điện Biên Phủ, Phường Hòa Lạc, Thành phố Hải Phòng", "QN5313188001122", "31001", "001");
    /** 002: card managed by the Ministry of Public Security's BHXH; ID check at the counter. */
    public static final SimPerson POLICE = person("048090002233", "Vũ Minh Khang", date(1990, 6, 30), Sex.MALE,
            "Số 21 Phan Chu Trinh, Phường Hòa Lạc, Thành phố Đà Nẵng", "CA5484890002233", "48001", "002");
    /** 003: the old card expired on 31/12/2024, a new card (moved to Hồ Chí Minh City) is valid. */
    public static final SimPerson OLD_CARD_EXPIRED_NEW_CARD = new SimPerson("001178004455", "Đặng Thị Hoa",
            date(1978, 9, 9), Sex.FEMALE, "Số 77 Hai Bà Trưng, Phường Tân Phú, " + HCMC, "HC4010178004455",
            "01013", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Optional.of(LocalDate.of(2023, 6, 1)),
            "003", Optional.of(new SimPerson.NewCard("HC4790178004455", VALID_FROM, VALID_TO, "79024",
                    "Bệnh viện Quận Tân Phú")), false);
    /** 004: the old worker's card is still valid, a pensioner's card has been issued. */
    public static final SimPerson OLD_CARD_VALID_NEW_CARD = new SimPerson("001065005566", "Bùi Văn Long",
            date(1965, 1, 17), Sex.MALE, "Số 5 Lý Thường Kiệt, Phường An Bình, " + HANOI, "DN4010165005566",
            "01013", VALID_FROM, VALID_TO, Optional.of(LocalDate.of(2015, 1, 1)), "004",
            Optional.of(new SimPerson.NewCard("HT3010165005566", LocalDate.of(2026, 7, 1), VALID_TO, "01013",
                    "Bệnh viện Đa khoa Hà Nội")), false);
    /** 110: the card was revoked. */
    public static final SimPerson REVOKED = person("001195006677", "Đỗ Thị Mai", date(1995, 12, 25), Sex.FEMALE,
            "Số 90 Trần Hưng Đạo, Phường Thành Công, " + HANOI, "DN4010195006677", "01013", "110");
    /** 120: the card was reduced (báo giảm). */
    public static final SimPerson REDUCED = person("001082007788", "Ngô Văn Nam", date(1982, 4, 3), Sex.MALE,
            "Số 14 Quang Trung, Phường An Bình, " + HANOI, "DN4010182007788", "01013", "120");
    /** 121: reduced, moved to another province. */
    public static final SimPerson REDUCED_MOVED_OTHER_PROVINCE = person("079187008899", "Dương Thị Oanh",
            date(1987, 11, 11), Sex.FEMALE, "Số 2 Lê Lợi, Phường Tân Phú, " + HCMC, "DN4797987008899", "79024",
            "121");
    /** 122: reduced, moved within the province. */
    public static final SimPerson REDUCED_MOVED_SAME_PROVINCE = person("079091009900", "Lý Văn Phúc",
            date(1991, 2, 22), Sex.MALE, "Số 31 Nguyễn Trãi, Xã Phú Mỹ, " + HCMC, "DN4797991009900", "79024", "122");
    /** 123: reduced, revoked because re-enrolled by the same employer. */
    public static final SimPerson REDUCED_REJOINED_SAME_EMPLOYER = person("048193001010", "Hồ Thị Quỳnh",
            date(1993, 8, 8), Sex.FEMALE, "Số 6 Quang Trung, Phường Hòa Lạc, Thành phố Đà Nẵng", "DN4484893001010",
            "48001", "123");
    /** 124: reduced, stopped taking part. */
    public static final SimPerson REDUCED_STOPPED = person("031075002020", "Phan Văn Sơn", date(1975, 5, 19),
            Sex.MALE, "Xã Đông Hưng, Huyện Tiên Lãng, Thành phố Hải Phòng", "GD4313175002020", "31001", "124");
    /** 130: a child under six brought without the card. */
    public static final SimPerson CHILD_WITHOUT_CARD = person("001221003030", "Nguyễn Gia Bảo", date(2021, 4, 15),
            Sex.MALE, "Số 12 Lê Lợi, Phường An Bình, " + HANOI, "TE1010121003030", "01013", "130");
    /** 000, but every lookup is held for {@link SimSettings#hangMillis()}: the gateway-timeout check-in. */
    public static final SimPerson GATEWAY_HANGS = person("079183004040", "Trịnh Thị Thu", date(1983, 7, 7),
            Sex.FEMALE, "Số 50 Điện Biên Phủ, Phường Tân Phú, " + HCMC, "HC4797983004040", "79024", "000")
            .withHangs(true);

    /**
     * 000, and his card was checked by another facility ({@code 01094_BV}) 26 hours before the
     * simulator started, where he had a visit: the possible concurrent visit a client can warn of.
     */
    public static final SimPerson VISITED_ELSEWHERE = person("001088006060", "Lê Văn Minh", date(1988, 10, 14),
            Sex.MALE, "Số 27 Hai Bà Trưng, Phường Thành Công, " + HANOI, "DN4010188006060", "01013", "000");

    /** A newborn's temporary card: TE1, Hà Nội, registered at XX000; unknown to the gateway (050). */
    public static final SimPerson NEWBORN_TEMPORARY_CARD = newborn("001326007070", "Con bà Trần Thị Lan",
            LocalDate.of(2026, 2, 20), Sex.FEMALE, "Số 9 Quang Trung, Phường An Bình, " + HANOI, "TE1010126007070");
    /** Another newborn's temporary card, Hồ Chí Minh City; unknown to the gateway (050). */
    public static final SimPerson NEWBORN_TEMPORARY_CARD_HCMC = newborn("079226008080", "Con bà Lê Thị Hạnh",
            LocalDate.of(2026, 2, 25), Sex.MALE, "Số 18 Lê Lợi, Phường Tân Phú, " + HCMC, "TE1797926008080");

    private static final List<SimPerson> PEOPLE = List.of(ELIGIBLE_BY_CCCD, ELIGIBLE_BY_CARD,
            ELIGIBLE_BIRTH_YEAR_ONLY, EXPIRED_CARD, MILITARY, POLICE, OLD_CARD_EXPIRED_NEW_CARD,
            OLD_CARD_VALID_NEW_CARD, REVOKED, REDUCED, REDUCED_MOVED_OTHER_PROVINCE, REDUCED_MOVED_SAME_PROVINCE,
            REDUCED_REJOINED_SAME_EMPLOYER, REDUCED_STOPPED, CHILD_WITHOUT_CARD, GATEWAY_HANGS, VISITED_ELSEWHERE);

    private static final List<SimPerson> NEWBORNS = List.of(NEWBORN_TEMPORARY_CARD, NEWBORN_TEMPORARY_CARD_HCMC);

    private static final Duration YESTERDAY = Duration.ofHours(26);

    private static final Map<SimPerson, SimHistory> HISTORIES = Map.of(
            VISITED_ELSEWHERE, new SimHistory(List.of(
                    new SimHistory.Visit(4821, "01013", Duration.ofDays(270).plusHours(3), Duration.ofHours(3),
                            "Viêm họng cấp", "1", "1", "1"),
                    new SimHistory.Visit(1377, "79024", Duration.ofDays(40).plusHours(6),
                            Duration.ofDays(3).plusHours(2), "Viêm phổi", "1", "2", "4"),
                    new SimHistory.Visit(9052, "01094", YESTERDAY, Duration.ofHours(4),
                            "Tăng huyết áp vô căn (nguyên phát)", "1", "2", "3")),
                    List.of(new SimHistory.CheckElsewhere("01094_BV", YESTERDAY, "000", GatewayTexts.of("000")))),
            ELIGIBLE_BY_CCCD, new SimHistory(List.of(
                    new SimHistory.Visit(315, "01013", Duration.ofDays(120).plusHours(2), Duration.ofHours(2),
                            "Viêm dạ dày", "1", "1", "1")), List.of()));

    private DemoPopulation() {
    }

    /** The demo population: every person above, their histories, and the newborns. */
    public static Population create() {
        return Population.of(PEOPLE, HISTORIES, NEWBORNS);
    }

    /** The demo people the gateway knows, in the order of the table above. */
    public static List<SimPerson> people() {
        return PEOPLE;
    }

    /** The demo newborns with temporary cards, whom the gateway does not know. */
    public static List<SimPerson> newborns() {
        return NEWBORNS;
    }

    private static SimPerson person(String cccd, String name, PartialDate birth, Sex sex, String address,
                                    String card, String facility, String status) {
        return new SimPerson(cccd, name, birth, sex, address, card, facility, VALID_FROM, VALID_TO,
                Optional.of(VALID_FROM.plusYears(3).withMonth(6)), status, Optional.empty(), false);
    }

    private static SimPerson newborn(String cccd, String name, LocalDate birth, Sex sex, String address,
                                     String card) {
        return new SimPerson(cccd, name, PartialDate.of(birth), sex, address, card,
                Population.TEMPORARY_CARD_FACILITY, birth, birth.plusYears(6).minusDays(1), Optional.empty(), "050",
                Optional.empty(), false);
    }

    private static PartialDate date(int year, int month, int day) {
        return PartialDate.of(LocalDate.of(year, month, day));
    }
}
