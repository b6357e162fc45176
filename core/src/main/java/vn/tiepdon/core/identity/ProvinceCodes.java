package vn.tiepdon.core.identity;

import java.util.List;
import java.util.Set;

/**
 * The two-digit province codes printed in BHYT card numbers, facility codes ({@code maDKBD}) and
 * CCCD numbers: the 63 administrative codes in force from 2008 to 2025 (01 Hà Nội ... 96 Cà Mau).
 *
 * <p>BHYT cards and facility codes also accept {@code 97} and {@code 98}. Reading these as the
 * codes of BHXH Bộ Quốc phòng and BHXH Bộ Công an is an <b>unverified assumption</b>: no public
 * source lists them; they are accepted so that a real card is never refused on that ground.
 * CCCD numbers accept only the 63 administrative codes.
 */
public final class ProvinceCodes {

    private static final List<String> ADMINISTRATIVE = List.of(
            "01", "02", "04", "06", "08", "10", "11", "12", "14", "15", "17", "19", "20", "22", "24",
            "25", "26", "27", "30", "31", "33", "34", "35", "36", "37", "38", "40", "42", "44", "45",
            "46", "48", "49", "51", "52", "54", "56", "58", "60", "62", "64", "66", "67", "68", "70",
            "72", "74", "75", "77", "79", "80", "82", "83", "84", "86", "87", "89", "91", "92", "93",
            "94", "95", "96");
    private static final List<String> BHXH_SECTORS = List.of("97", "98");
    private static final Set<String> ADMINISTRATIVE_SET = Set.copyOf(ADMINISTRATIVE);

    private ProvinceCodes() {
    }

    /** The 63 administrative province codes, in ascending order. */
    public static List<String> administrative() {
        return ADMINISTRATIVE;
    }

    /** True for one of the 63 administrative codes (the codes a CCCD number starts with, after a 0). */
    public static boolean isAdministrative(String code) {
        return ADMINISTRATIVE_SET.contains(code);
    }

    /** True for a code a BHYT card or a facility code may carry: the 63 codes, 97 and 98. */
    public static boolean isOnBhytCard(String code) {
        return ADMINISTRATIVE_SET.contains(code) || BHXH_SECTORS.contains(code);
    }
}
