package vn.tiepdon.core.identity;

import java.util.List;
import java.util.Objects;

/**
 * Passive authentication of a chip read: the hash of every data group read against EF.SOD, the
 * SOD's signature by the document signer, and the document signer's certificate against the
 * configured CSCA certificates.
 *
 * @param checkedDataGroups data group numbers whose hash was compared
 * @param mismatchedDataGroups those whose hash differs from (or is missing in) the SOD
 */
public record PassiveAuthReport(Check hashes, Check signature, ChainCheck chain, Verdict verdict,
        List<Integer> checkedDataGroups, List<Integer> mismatchedDataGroups) {

    public enum Check { OK, FAILED }

    public enum ChainCheck {
        /** The document signer is certified by a configured CSCA. */
        OK,
        /** No CSCA certificate is configured: the chain was not checked. */
        NO_CSCA,
        /** CSCA certificates are configured and none certifies the document signer. */
        FAILED
    }

    /** Names are part of the {@code read-card} JSON contract. */
    public enum Verdict {
        /** Hashes, signature and chain all verified. */
        VALID(true),
        /** Hashes and signature verified, no CSCA configured: accepted, shown as such. */
        UNTRUSTED_CHAIN(true),
        /** A data group differs from its signed hash: the data was altered. */
        HASH_MISMATCH(false),
        /** The SOD signature does not verify with the document signer's key. */
        SIGNATURE_INVALID(false),
        /** The document signer is not certified by any configured CSCA (a foreign or forged signer). */
        CHAIN_INVALID(false);

        private final boolean accepted;

        Verdict(boolean accepted) {
            this.accepted = accepted;
        }

        /** Whether the identity may be used without a receptionist's check. */
        public boolean accepted() {
            return accepted;
        }
    }

    public PassiveAuthReport {
        Objects.requireNonNull(hashes, "hashes");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(verdict, "verdict");
        checkedDataGroups = List.copyOf(checkedDataGroups);
        mismatchedDataGroups = List.copyOf(mismatchedDataGroups);
    }

    /** The verdict the three checks give: a hash mismatch first, then the signature, then the chain. */
    public static Verdict verdictOf(Check hashes, Check signature, ChainCheck chain) {
        if (hashes == Check.FAILED) {
            return Verdict.HASH_MISMATCH;
        }
        if (signature == Check.FAILED) {
            return Verdict.SIGNATURE_INVALID;
        }
        return switch (chain) {
            case OK -> Verdict.VALID;
            case NO_CSCA -> Verdict.UNTRUSTED_CHAIN;
            case FAILED -> Verdict.CHAIN_INVALID;
        };
    }

    public static PassiveAuthReport of(Check hashes, Check signature, ChainCheck chain, List<Integer> checked,
            List<Integer> mismatched) {
        return new PassiveAuthReport(hashes, signature, chain, verdictOf(hashes, signature, chain), checked,
                mismatched);
    }
}
