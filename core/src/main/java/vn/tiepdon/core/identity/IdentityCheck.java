package vn.tiepdon.core.identity;

/**
 * How a ticket's identity was verified when it was read from the CCCD chip: the passive
 * authentication verdict, as stored with the ticket and shown at the desk.
 */
public enum IdentityCheck {
    CHIP_VALID(PassiveAuthReport.Verdict.VALID),
    CHIP_UNTRUSTED_CHAIN(PassiveAuthReport.Verdict.UNTRUSTED_CHAIN),
    CHIP_HASH_MISMATCH(PassiveAuthReport.Verdict.HASH_MISMATCH),
    CHIP_SIGNATURE_INVALID(PassiveAuthReport.Verdict.SIGNATURE_INVALID),
    CHIP_CHAIN_INVALID(PassiveAuthReport.Verdict.CHAIN_INVALID);

    private final PassiveAuthReport.Verdict verdict;

    IdentityCheck(PassiveAuthReport.Verdict verdict) {
        this.verdict = verdict;
    }

    public PassiveAuthReport.Verdict verdict() {
        return verdict;
    }

    /** True when the chip's data cannot be trusted: the receptionist must check the card. */
    public boolean tampered() {
        return !verdict.accepted();
    }

    public static IdentityCheck of(PassiveAuthReport.Verdict verdict) {
        for (IdentityCheck c : values()) {
            if (c.verdict == verdict) {
                return c;
            }
        }
        throw new IllegalArgumentException("no identity check for " + verdict);
    }
}
