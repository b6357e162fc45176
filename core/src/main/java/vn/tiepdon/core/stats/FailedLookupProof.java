package vn.tiepdon.core.stats;

import vn.tiepdon.core.eligibility.LookupClass;

/**
 * Which lookups have a proof of a failed lookup (QĐ 2555/QĐ-BYT: a hospital that could not check a
 * card still admits the patient and sends BHXH the record with the proof), one rule for the server
 * that writes it and the desk that offers it.
 *
 * <p>A {@link LookupCategory#FAILED} lookup has one; so has a {@link LookupCategory#PENDING} one (the
 * gateway has not answered yet: its proof says it is still being retried). A lookup the gateway
 * answered definitely ({@link LookupCategory#SUCCEEDED}: eligible, or not eligible such as an expired
 * card) has none. A receptionist's override changes nothing: a failed lookup later accepted on the
 * paper card is exactly the case the proof is for.
 */
public final class FailedLookupProof {
    private FailedLookupProof() {
    }

    /** True when a lookup of this class and code (empty: no code), pending or not, has a proof. */
    public static boolean available(LookupClass lookupClass, java.util.Optional<String> code, boolean pending) {
        return LookupCategory.of(lookupClass, code, pending) != LookupCategory.SUCCEEDED;
    }

    /** The PDF's file name: {@code bang-chung-tra-cuu-<id>.pdf}. */
    public static String fileName(long lookupId) {
        return "bang-chung-tra-cuu-" + lookupId + ".pdf";
    }
}
