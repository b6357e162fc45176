package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChipKeysTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String ID = "001093047064";
    private static final LocalDate BIRTH = LocalDate.of(1993, 1, 5);

    @Test
    void derivesTheKeyOfThePublicSampleFromItsQrWithTheIssueDate() {
        IdentityDocument qr = IdentityDocument.builder(DocumentKind.CCCD_QR).idNumber(ID)
                .dateOfBirth(PartialDate.of(BIRTH)).issueDate(LocalDate.of(2021, 7, 24)).build();

        ChipKeyCandidates keys = ChipKeys.fromDocument(qr, TODAY).orElseThrow();

        assertThat(keys.keys()).singleElement().satisfies(k -> {
            assertThat(k.documentNumber()).isEqualTo("093047064");
            assertThat(k.dateOfBirth()).isEqualTo("930105");
            assertThat(k.dateOfExpiry()).isEqualTo("330105");
            assertThat(k.basis()).contains("40th birthday");
        });
    }

    @Test
    void documentWithoutFullBirthDateGivesNoKey() {
        IdentityDocument number = IdentityDocument.builder(DocumentKind.CCCD_NUMBER).idNumber(ID).build();
        IdentityDocument yearOnly = IdentityDocument.builder(DocumentKind.CCCD_QR).idNumber(ID)
                .dateOfBirth(PartialDate.yearOnly(1993)).build();

        assertThat(ChipKeys.fromDocument(number, TODAY)).isEmpty();
        assertThat(ChipKeys.fromDocument(yearOnly, TODAY)).isEmpty();
    }

    @Test
    void typedExpiryGivesExactlyThatKey() {
        ChipKeyCandidates keys = ChipKeys.fromValues(ID, BIRTH, Optional.empty(),
                Optional.of(LocalDate.of(2033, 1, 5)), TODAY);

        assertThat(keys.keys()).extracting(ChipAccessKey::dateOfExpiry).containsExactly("330105");
    }

    @Test
    void unknownIssueDateTriesComingMilestonesThenPassedOnesAtMostThree() {
        ChipKeyCandidates keys = ChipKeys.fromValues(ID, BIRTH, Optional.empty(), Optional.empty(), TODAY);

        assertThat(keys.keys()).extracting(ChipAccessKey::dateOfExpiry).containsExactly("330105", "530105", "180105");
    }

    @Test
    void unknownIssueDateOfAYoungPatientTriesTwentyFiveFortySixty() {
        ChipKeyCandidates keys = ChipKeys.fromValues("001208012345", LocalDate.of(2008, 3, 1), Optional.empty(),
                Optional.empty(), TODAY);

        assertThat(keys.keys()).extracting(ChipAccessKey::dateOfExpiry).containsExactly("330301", "480301", "680301");
    }

    @Test
    void unknownIssueDateOfAnOlderPatientTriesLifetimeValuesFirst() {
        ChipKeyCandidates keys = ChipKeys.fromValues("001050012345", LocalDate.of(1950, 6, 1), Optional.empty(),
                Optional.empty(), TODAY);

        assertThat(keys.keys()).extracting(ChipAccessKey::dateOfExpiry)
                .containsExactly("<<<<<<", "991231", "100601");
    }

    @Test
    void lifetimeCardByTheRuleTriesFillerThenFarDate() {
        ChipKeyCandidates keys = ChipKeys.fromValues("001050012345", LocalDate.of(1950, 6, 1),
                Optional.of(LocalDate.of(2021, 6, 1)), Optional.empty(), TODAY);

        assertThat(keys.keys()).extracting(ChipAccessKey::dateOfExpiry).containsExactly("<<<<<<", "991231");
        assertThat(keys.keys()).allSatisfy(k -> assertThat(k.basis()).startsWith("lifetime"));
    }

    @Test
    void rejectsAnIdThatIsNotTwelveDigits() {
        assertThatThrownBy(() -> ChipKeys.fromValues("93047064", BIRTH, Optional.empty(), Optional.empty(), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyNeverPrintsItsDigits() {
        ChipAccessKey key = new ChipAccessKey("093047064", "930105", "330105", "typed expiry date");

        assertThat(key.toString()).doesNotContain("093047064").doesNotContain("930105");
    }

    @Test
    void verdictPutsHashMismatchBeforeSignatureAndChain() {
        assertThat(PassiveAuthReport.verdictOf(PassiveAuthReport.Check.FAILED, PassiveAuthReport.Check.FAILED,
                PassiveAuthReport.ChainCheck.FAILED)).isEqualTo(PassiveAuthReport.Verdict.HASH_MISMATCH);
        assertThat(PassiveAuthReport.verdictOf(PassiveAuthReport.Check.OK, PassiveAuthReport.Check.FAILED,
                PassiveAuthReport.ChainCheck.OK)).isEqualTo(PassiveAuthReport.Verdict.SIGNATURE_INVALID);
        assertThat(PassiveAuthReport.verdictOf(PassiveAuthReport.Check.OK, PassiveAuthReport.Check.OK,
                PassiveAuthReport.ChainCheck.NO_CSCA)).isEqualTo(PassiveAuthReport.Verdict.UNTRUSTED_CHAIN);
        assertThat(PassiveAuthReport.Verdict.UNTRUSTED_CHAIN.accepted()).isTrue();
        assertThat(PassiveAuthReport.Verdict.HASH_MISMATCH.accepted()).isFalse();
    }
}
