package vn.tiepdon.bhxhsim;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tiepdon.core.identity.PartialDate;

/**
 * Decides the result code of one lookup, the way the gateway is documented to: staff first
 * (205 when {@code hoTenCb}/{@code cccdCb} are missing, 054, 055), then the card key (205 when
 * malformed, 051/052/053 for a wrong card prefix, 050 when unknown), then name (060/061) and birth
 * date (070), then the person's own status. Pure: no I/O, no clock.
 *
 * <p>{@code Lskcb2025} ({@link #checkForHistory}) checks the same way but takes the birth date as
 * {@code dd/MM/yyyy}, {@code MM/yyyy} or {@code yyyy}: one HIS reports that the gateway refuses the
 * 8-digit form there (tracnn/qlbv_public {@code LichSuKcb::chuanHoaNgaySinh}), so {@code ddMMyyyy} is
 * answered 205.
 *
 * <p>An <b>empty</b> {@code hoTen} or {@code ngaySinh} is not checked. The real gateway marks both
 * as required and its answer to an empty value is undocumented; the kiosk sends them empty when a
 * patient only typed a number, and the simulator lets such lookups through on the number alone.
 */
final class CardCheck {

    /** The lookup body as sent; any field may be null when missing. */
    record LookupBody(String maThe, String hoTen, String ngaySinh, String hoTenCb, String cccdCb) {
    }

    /**
     * The verdict.
     *
     * @param code     {@code maKetQua}
     * @param note     {@code ghiChu} text before the card summary
     * @param subject  the person the key found, if any (their check history records the lookup)
     * @param renewed  true when the key was the person's replacement card
     * @param showCard true when the answer carries the person's card data
     */
    record Verdict(String code, String note, Optional<SimPerson> subject, boolean renewed, boolean showCard) {
        boolean hangs() {
            return subject.map(SimPerson::hangs).orElse(false);
        }
    }

    /** The 46 group codes a BHYT card may start with. */
    static final Set<String> GROUP_CODES = Set.of("CC", "TE", "CK", "CB", "KC", "HN", "DT", "DK", "XD", "BT",
            "TS", "DN", "HT", "TC", "CN", "HX", "CH", "NN", "TK", "HC", "XK", "TB", "NO", "CT", "XB", "TN", "CS",
            "XN", "MS", "HD", "TQ", "TA", "TY", "HG", "LS", "HS", "SV", "PV", "GB", "GD", "QN", "CA", "CY", "XV",
            "YE", "TV");

    private static final Pattern CCCD = Pattern.compile("\\d{12}");
    private static final Pattern BHXH_NUMBER = Pattern.compile("\\d{10}");
    private static final Pattern CARD_SHAPE = Pattern.compile("[A-Z]{2}\\d{13}");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{2})/(\\d{4})");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("ddMMuuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final Population population;
    private volatile List<SimSettings.Staff> staff;

    CardCheck(Population population, List<SimSettings.Staff> staff) {
        this.population = population;
        this.staff = List.copyOf(staff);
    }

    List<SimSettings.Staff> staff() {
        return staff;
    }

    void setStaff(List<SimSettings.Staff> value) {
        staff = List.copyOf(value);
    }

    /** The verdict of a card check ({@code KQNhanLichSuKCB2024}). */
    Verdict check(LookupBody body) {
        return check(body, false);
    }

    /** The verdict of a history lookup ({@code Lskcb2025}): the same codes, other birth-date forms. */
    Verdict checkForHistory(LookupBody body) {
        return check(body, true);
    }

    private Verdict check(LookupBody body, boolean history) {
        if (isBlank(body.hoTenCb())) {
            return plain("205", "Null hoTenCb");
        }
        if (isBlank(body.cccdCb())) {
            return plain("205", "Null cccdCb");
        }
        Optional<SimSettings.Staff> checker = staff.stream()
                .filter(s -> s.cccd().equals(body.cccdCb().trim())).findFirst();
        if (checker.isEmpty()) {
            return plain("054", GatewayTexts.of("054"));
        }
        if (!Names.same(checker.get().name(), body.hoTenCb())) {
            return plain("055", GatewayTexts.of("055"));
        }
        if (isBlank(body.maThe())) {
            return plain("205", "Null maThe");
        }
        return checkCard(body.maThe().trim().toUpperCase(Locale.ROOT), body, history);
    }

    private Verdict checkCard(String key, LookupBody body, boolean history) {
        Optional<SimPerson> found;
        boolean renewed = false;
        if (CCCD.matcher(key).matches()) {
            found = population.byCccd(key);
        } else if (BHXH_NUMBER.matcher(key).matches()) {
            found = population.bySocialInsuranceNumber(key);
        } else if (CARD_SHAPE.matcher(key).matches()) {
            Optional<Verdict> prefixError = prefixError(key);
            if (prefixError.isPresent()) {
                return prefixError.get();
            }
            found = population.byCardNumber(key);
            renewed = found.flatMap(SimPerson::newCard).map(c -> c.cardNumber().equals(key)).orElse(false);
        } else {
            return plain("205", "Mã thẻ sai định dạng (10 hoặc 15 ký tự, hoặc số CCCD 12 chữ số).");
        }
        if (found.isEmpty()) {
            return plain("050", GatewayTexts.of("050"));
        }
        return checkPerson(found.get(), renewed, body, history);
    }

    /** A 15-character key whose exact card is unknown but whose BHXH number is known. */
    private Optional<Verdict> prefixError(String key) {
        if (population.byCardNumber(key).isPresent()) {
            return Optional.empty();
        }
        String group = key.substring(0, 2);
        char level = key.charAt(2);
        Optional<SimPerson> owner = population.bySocialInsuranceNumber(key.substring(5));
        if (!GROUP_CODES.contains(group)) {
            return Optional.of(new Verdict("051", GatewayTexts.of("051"), owner, false, false));
        }
        if (level < '1' || level > '5') {
            return Optional.of(new Verdict("053", GatewayTexts.of("053"), owner, false, false));
        }
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        SimPerson p = owner.get();
        String card = p.newCard().map(SimPerson.NewCard::cardNumber)
                .filter(c -> c.startsWith(group)).orElse(p.cardNumber());
        String code;
        if (!card.startsWith(group)) {
            code = "051";
        } else if (card.charAt(2) != level) {
            code = "053";
        } else {
            code = "052";
        }
        return Optional.of(new Verdict(code, GatewayTexts.of(code), owner, false, false));
    }

    private Verdict checkPerson(SimPerson person, boolean renewed, LookupBody body, boolean history) {
        Optional<SimPerson> subject = Optional.of(person);
        if (!isBlank(body.hoTen()) && !Names.same(body.hoTen(), person.fullName())) {
            String code = Names.sameFirstLetter(body.hoTen(), person.fullName()) ? "061" : "060";
            return new Verdict(code, GatewayTexts.of(code), subject, false, false);
        }
        if (history && !isBlank(body.ngaySinh())) {
            Optional<Boolean> same = sameHistoryBirth(body.ngaySinh().trim(), person.dateOfBirth());
            if (same.isEmpty()) {
                return new Verdict("205", "Ngày sinh sai định dạng (dd/MM/yyyy, MM/yyyy hoặc yyyy).", subject,
                        false, false);
            }
            if (!same.get()) {
                return new Verdict("070", GatewayTexts.of("070"), subject, false, false);
            }
        } else if (!isBlank(body.ngaySinh())) {
            Optional<PartialDate> given = parseBirth(body.ngaySinh().trim());
            if (given.isEmpty()) {
                return new Verdict("205", "Ngày sinh sai định dạng (dd/MM/yyyy, ddMMyyyy hoặc yyyy).", subject,
                        false, false);
            }
            if (!sameBirth(given.get(), person.dateOfBirth())) {
                return new Verdict("070", GatewayTexts.of("070"), subject, false, false);
            }
        }
        String code = renewed ? "000" : person.status();
        return new Verdict(code, GatewayTexts.of(code), subject, renewed, true);
    }

    static Optional<PartialDate> parseBirth(String text) {
        try {
            if (text.matches("\\d{2}/\\d{2}/\\d{4}")) {
                return Optional.of(PartialDate.of(LocalDate.parse(text, SLASHED)));
            }
            if (text.matches("\\d{8}")) {
                return Optional.of(PartialDate.of(LocalDate.parse(text, COMPACT)));
            }
            if (text.matches("\\d{4}") && Integer.parseInt(text) > 0) {
                return Optional.of(PartialDate.yearOnly(Integer.parseInt(text)));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * For {@code Lskcb2025}: whether {@code dd/MM/yyyy}, {@code MM/yyyy} or {@code yyyy} matches the
     * known birth at the precision both sides know; empty when the text is in none of these forms.
     */
    static Optional<Boolean> sameHistoryBirth(String text, PartialDate known) {
        java.util.regex.Matcher monthYear = MONTH_YEAR.matcher(text);
        if (monthYear.matches()) {
            int month = Integer.parseInt(monthYear.group(1));
            int year = Integer.parseInt(monthYear.group(2));
            if (month < 1 || month > 12 || year < 1) {
                return Optional.empty();
            }
            return Optional.of(year == known.year()
                    && known.fullDate().map(d -> d.getMonthValue() == month).orElse(true));
        }
        if (text.matches("\\d{8}")) {
            return Optional.empty();
        }
        return parseBirth(text).map(given -> sameBirth(given, known));
    }

    /** Compared at the precision both sides know: the full date when both have it, else the year. */
    private static boolean sameBirth(PartialDate given, PartialDate known) {
        if (given.fullDate().isPresent() && known.fullDate().isPresent()) {
            return given.fullDate().equals(known.fullDate());
        }
        return given.year() == known.year();
    }

    private static Verdict plain(String code, String note) {
        return new Verdict(code, note, Optional.empty(), false, false);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
