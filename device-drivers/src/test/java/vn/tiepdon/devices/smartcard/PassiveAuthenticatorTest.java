package vn.tiepdon.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.identity.ChipFailure;
import vn.tiepdon.core.identity.PassiveAuthReport;
import vn.tiepdon.core.identity.PassiveAuthReport.ChainCheck;
import vn.tiepdon.core.identity.PassiveAuthReport.Check;
import vn.tiepdon.core.identity.PassiveAuthReport.Verdict;

class PassiveAuthenticatorTest {

    private static PassiveAuthReport verify(TestCards.Variant variant, CscaTrustStore trust) throws ChipDataException {
        CardImage card = TestCards.card(variant);
        return new PassiveAuthenticator(trust).verify(Map.of(
                1, card.file(LdsFile.DG1).orElseThrow(),
                2, card.file(LdsFile.DG2).orElseThrow(),
                13, card.file(LdsFile.DG13).orElseThrow()), card.file(LdsFile.SOD).orElseThrow());
    }

    @Test
    void genuineCardWithOurCscaIsValid() throws Exception {
        PassiveAuthReport r = verify(TestCards.Variant.NORMAL, TestCards.ourCsca());

        assertThat(r.hashes()).isEqualTo(Check.OK);
        assertThat(r.signature()).isEqualTo(Check.OK);
        assertThat(r.chain()).isEqualTo(ChainCheck.OK);
        assertThat(r.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void genuineCardWithoutCscaIsUntrustedChain() throws Exception {
        PassiveAuthReport r = verify(TestCards.Variant.NORMAL, CscaTrustStore.none());

        assertThat(r.chain()).isEqualTo(ChainCheck.NO_CSCA);
        assertThat(r.verdict()).isEqualTo(Verdict.UNTRUSTED_CHAIN);
        assertThat(r.verdict().accepted()).isTrue();
    }

    @Test
    void dg13AlteredAfterSigningIsHashMismatch() throws Exception {
        PassiveAuthReport r = verify(TestCards.Variant.DG13_ALTERED, TestCards.ourCsca());

        assertThat(r.verdict()).isEqualTo(Verdict.HASH_MISMATCH);
        assertThat(r.mismatchedDataGroups()).containsExactly(13);
        assertThat(r.signature()).isEqualTo(Check.OK);
        assertThat(r.verdict().accepted()).isFalse();
    }

    @Test
    void signerOfAForeignCscaFailsTheChain() throws Exception {
        PassiveAuthReport r = verify(TestCards.Variant.FOREIGN_CSCA, TestCards.ourCsca());

        assertThat(r.hashes()).isEqualTo(Check.OK);
        assertThat(r.signature()).isEqualTo(Check.OK);
        assertThat(r.chain()).isEqualTo(ChainCheck.FAILED);
        assertThat(r.verdict()).isEqualTo(Verdict.CHAIN_INVALID);
    }

    @Test
    void corruptedSodSignatureIsSignatureInvalid() throws Exception {
        PassiveAuthReport r = verify(TestCards.Variant.CORRUPTED_SIGNATURE, TestCards.ourCsca());

        assertThat(r.hashes()).isEqualTo(Check.OK);
        assertThat(r.signature()).isEqualTo(Check.FAILED);
        assertThat(r.verdict()).isEqualTo(Verdict.SIGNATURE_INVALID);
    }

    @Test
    void truncatedSodIsMalformedData() {
        assertThatThrownBy(() -> verify(TestCards.Variant.TRUNCATED_SOD, TestCards.ourCsca()))
                .isInstanceOfSatisfying(ChipDataException.class,
                        e -> assertThat(e.failure()).isEqualTo(ChipFailure.MALFORMED_DATA));
    }

    @Test
    void dataGroupMissingFromTheSodIsAMismatch() throws Exception {
        CardImage card = TestCards.card(TestCards.Variant.NORMAL);
        PassiveAuthReport r = new PassiveAuthenticator(TestCards.ourCsca()).verify(
                Map.of(3, new byte[] {1, 2, 3}), card.file(LdsFile.SOD).orElseThrow());

        assertThat(r.verdict()).isEqualTo(Verdict.HASH_MISMATCH);
        assertThat(r.mismatchedDataGroups()).containsExactly(3);
    }
}
