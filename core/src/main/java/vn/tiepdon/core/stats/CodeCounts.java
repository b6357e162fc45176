package vn.tiepdon.core.stats;

import java.util.Objects;
import vn.tiepdon.core.eligibility.LookupClass;

/**
 * The check-ins whose lookup ended with one result, with the counts of {@link LookupCounts}:
 * {@code code} is the gateway's {@code maKetQua} (e.g. {@code 000}, {@code 010}) or, when it gave
 * none, the reason there was no answer ({@code TIMEOUT}, {@code UNREACHABLE}, {@code BAD_RESPONSE},
 * {@code LOGIN_FAILED}, {@code NOT_SENT}, {@code TEMPORARY_CARD}, {@code MALFORMED_NUMBER});
 * {@code meaning} is what it means, in Vietnamese.
 */
public record CodeCounts(String code, LookupClass lookupClass, String meaning, long lookups, long succeeded,
                         long failed, long pending, long eligible, long overridden, double rate, double eligibleRate,
                         double failedRate) {
    public CodeCounts {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(lookupClass, "lookupClass");
        Objects.requireNonNull(meaning, "meaning");
        new LookupCounts(lookups, succeeded, failed, pending, eligible, overridden, rate, eligibleRate, failedRate);
    }

    public static CodeCounts of(String code, LookupClass lookupClass, String meaning, LookupCounts c) {
        return new CodeCounts(code, lookupClass, meaning, c.lookups(), c.succeeded(), c.failed(), c.pending(),
                c.eligible(), c.overridden(), c.rate(), c.eligibleRate(), c.failedRate());
    }

    /** Its counts alone. */
    public LookupCounts counts() {
        return new LookupCounts(lookups, succeeded, failed, pending, eligible, overridden, rate, eligibleRate,
                failedRate);
    }
}
