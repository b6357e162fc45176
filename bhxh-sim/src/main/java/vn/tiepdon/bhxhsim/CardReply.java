package vn.tiepdon.bhxhsim;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.core.identity.Sex;

/**
 * Builds the 37-field answer of {@code KQNhanLichSuKCB2024} from a verdict. Since CV 2746/BHXH-CNTT
 * the visit history moved to {@code Lskcb2025}: {@code dsLichSuKCB2018} is always {@code null};
 * {@code dsLichSuKT2018} (the check history) stays.
 */
final class CardReply {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> FIELDS = List.of("maKetQua", "ghiChu", "maThe", "hoTen", "ngaySinh",
            "gioiTinh", "diaChi", "maDKBD", "cqBHXH", "gtTheTu", "gtTheDen", "maKV", "ngayDu5Nam", "maSoBHXH",
            "maTheCu", "maTheMoi", "gtTheTuMoi", "gtTheDenMoi", "maDKBDMoi", "tenDKBDMoi");

    private final Clock clock;
    private final CheckHistory history;

    CardReply(Clock clock, CheckHistory history) {
        this.clock = clock;
        this.history = history;
    }

    /** The answer for a verdict, recording the lookup in the subject's check history. */
    Map<String, Object> answer(CardCheck.Verdict verdict, String user) {
        Map<String, Object> out = new LinkedHashMap<>();
        FIELDS.forEach(f -> out.put(f, ""));
        out.put("maKetQua", verdict.code());
        out.put("ghiChu", verdict.note());
        if (verdict.showCard()) {
            verdict.subject().ifPresent(p -> fillCard(out, p, verdict.renewed(), verdict.note()));
        }
        out.put("dsLichSuKCB2018", null);
        out.put("dsLichSuKT2018", verdict.subject()
                .map(p -> history.record(p, user, ZonedDateTime.now(clock.withZone(VIETNAM)), verdict.note(),
                        verdict.code()))
                .orElse(List.of()));
        return out;
    }

    /** An answer carrying only a code and a note (token errors and the like). */
    static Map<String, Object> bare(String code, String note) {
        Map<String, Object> out = new LinkedHashMap<>();
        FIELDS.forEach(f -> out.put(f, ""));
        out.put("maKetQua", code);
        out.put("ghiChu", note);
        out.put("dsLichSuKCB2018", null);
        out.put("dsLichSuKT2018", List.of());
        return out;
    }

    private static void fillCard(Map<String, Object> out, SimPerson p, boolean renewed, String note) {
        String card = p.cardNumber();
        String facility = p.registeredFacility();
        LocalDate from = p.validFrom();
        LocalDate to = p.validTo();
        if (renewed) {
            SimPerson.NewCard c = p.newCard().orElseThrow();
            out.put("maTheCu", p.cardNumber());
            card = c.cardNumber();
            facility = c.registeredFacility();
            from = c.validFrom();
            to = c.validTo();
        } else {
            p.newCard().ifPresent(c -> {
                out.put("maTheMoi", c.cardNumber());
                out.put("gtTheTuMoi", c.validFrom().format(DAY));
                out.put("gtTheDenMoi", c.validTo().format(DAY));
                out.put("maDKBDMoi", c.registeredFacility());
                out.put("tenDKBDMoi", c.registeredFacilityName());
            });
        }
        String birth = p.dateOfBirth().toGatewayFormat();
        String sex = p.sex() == Sex.MALE ? "Nam" : "Nữ";
        String fiveYears = p.fiveYearDate().map(d -> d.format(DAY)).orElse("");
        out.put("maThe", card);
        out.put("hoTen", p.fullName());
        out.put("ngaySinh", birth);
        out.put("gioiTinh", sex);
        out.put("diaChi", p.address());
        out.put("maDKBD", facility);
        out.put("cqBHXH", Provinces.socialInsuranceOffice(card.substring(3, 5)));
        out.put("gtTheTu", from.format(DAY));
        out.put("gtTheDen", to.format(DAY));
        out.put("ngayDu5Nam", fiveYears);
        out.put("maSoBHXH", p.socialInsuranceNumber());
        out.put("ghiChu", note + " Họ tên: " + p.fullName() + ", Ngày sinh: " + birth + ", Giới tính : " + sex
                + "! Địa chỉ: " + p.address() + "; Nơi KCBBĐ: " + facility + "; Hạn thẻ: " + from.format(DAY)
                + " - " + to.format(DAY) + Optional.of(fiveYears).filter(s -> !s.isEmpty())
                .map(s -> "; Thời điểm đủ 5 năm liên tục: " + s).orElse("") + ").");
    }
}
