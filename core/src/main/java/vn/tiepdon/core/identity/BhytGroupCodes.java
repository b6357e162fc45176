package vn.tiepdon.core.identity;

import java.util.List;
import java.util.Set;

/**
 * The 46 two-letter group codes ("mã đối tượng") that start a 15-character BHYT card number
 * (CC, TE, CK ... TV). Every group may carry every benefit level 1-5.
 */
public final class BhytGroupCodes {

    private static final List<String> ALL = List.of(
            "CC", "TE", "CK", "CB", "KC", "HN", "DT", "DK", "XD", "BT", "TS", "DN", "HT", "TC", "CN",
            "HX", "CH", "NN", "TK", "HC", "XK", "TB", "NO", "CT", "XB", "TN", "CS", "XN", "MS", "HD",
            "TQ", "TA", "TY", "HG", "LS", "HS", "SV", "PV", "GB", "GD", "QN", "CA", "CY", "XV", "YE",
            "TV");
    private static final Set<String> ALL_SET = Set.copyOf(ALL);

    private BhytGroupCodes() {
    }

    /** All 46 codes, in the order of the source list. */
    public static List<String> all() {
        return ALL;
    }

    public static boolean isKnown(String code) {
        return ALL_SET.contains(code);
    }
}
