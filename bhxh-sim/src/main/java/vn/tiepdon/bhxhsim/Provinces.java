package vn.tiepdon.bhxhsim;

import java.util.List;
import java.util.Map;

/** The few provinces the invented people live in, by the 2-digit code used on BHYT cards. */
final class Provinces {

    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("01", "Thành phố Hà Nội"),
            Map.entry("22", "Tỉnh Quảng Ninh"),
            Map.entry("31", "Thành phố Hải Phòng"),
            Map.entry("38", "Tỉnh Thanh Hóa"),
            Map.entry("40", "Tỉnh Nghệ An"),
            Map.entry("48", "Thành phố Đà Nẵng"),
            Map.entry("74", "Tỉnh Bình Dương"),
            Map.entry("75", "Tỉnh Đồng Nai"),
            Map.entry("79", "Thành phố Hồ Chí Minh"),
            Map.entry("92", "Thành phố Cần Thơ"));

    /** Codes in a fixed order, for seeded choices. */
    static final List<String> CODES = List.of("01", "22", "31", "38", "40", "48", "74", "75", "79", "92");

    private Provinces() {
    }

    static String name(String code) {
        return NAMES.getOrDefault(code, "Tỉnh " + code);
    }

    /** The issuing BHXH office named in {@code cqBHXH}. */
    static String socialInsuranceOffice(String code) {
        return "Bảo hiểm xã hội " + name(code);
    }
}
