package vn.tiepdon.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.core.identity.AccessMethod;
import vn.tiepdon.core.identity.ChipFailure;
import vn.tiepdon.core.identity.ChipKeyCandidates;
import vn.tiepdon.core.identity.ChipKeys;
import vn.tiepdon.core.identity.ChipReadResult;
import vn.tiepdon.core.identity.PassiveAuthReport.Verdict;

/** Reads emulated cards through pcscd + vpcd: the kiosk's real stack. */
@Tag("pcsc")
class PcscChipReadTest {

    @TempDir
    Path work;

    private PcscCardReader reader;

    @BeforeEach
    void needsPcsc() {
        PcscSupport.assumePcscWithEmulator();
        reader = PcscSupport.reader(ContentReaders.trustingOurCsca());
    }

    private static ChipKeyCandidates keysFromIssueDate(CardHolder h) {
        return ChipKeys.fromValues(h.idNumber(), h.birthDate(), Optional.of(h.issueDate()), Optional.empty(),
                TestCards.TODAY);
    }

    @Test
    void readsANormalCardWithBacAndValidPassiveAuthentication() throws Exception {
        try (PcscSupport.InsertedCard card = PcscSupport.insert(TestCards.card(TestCards.Variant.NORMAL), work, reader)) {
            ChipReadResult result = reader.read(keysFromIssueDate(TestCards.AN), false);

            assertThat(result).isInstanceOfSatisfying(ChipReadResult.Read.class, read -> {
                assertThat(read.access()).isEqualTo(AccessMethod.BAC);
                assertThat(read.passiveAuth().verdict()).isEqualTo(Verdict.VALID);
                assertThat(read.identity().document().idNumber()).contains("079090001234");
                assertThat(read.identity().document().fullName()).contains("Nguyễn Văn An");
                assertThat(read.identity().details().spouseName()).contains("Lê Thị Dung");
                assertThat(read.keyAttempts()).isEqualTo(1);
                assertThat(read.portrait()).isEmpty();
                assertThat(read.apdus()).isPositive();
            });
        }
    }

    @Test
    void readsThePortraitOnRequest() throws Exception {
        try (PcscSupport.InsertedCard card = PcscSupport.insert(TestCards.card(TestCards.Variant.NORMAL), work, reader)) {
            ChipReadResult result = reader.read(keysFromIssueDate(TestCards.AN), true);

            assertThat(result).isInstanceOfSatisfying(ChipReadResult.Read.class, read -> {
                assertThat(read.portrait()).hasValueSatisfying(jpeg ->
                        assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8));
                assertThat(read.passiveAuth().checkedDataGroups()).containsExactly(1, 2, 13);
            });
        }
    }

    @Test
    void mistypedBirthDateIsAWrongKey() throws Exception {
        try (PcscSupport.InsertedCard card = PcscSupport.insert(TestCards.card(TestCards.Variant.NORMAL), work, reader)) {
            ChipReadResult result = reader.read(ChipKeys.fromValues(TestCards.AN.idNumber(), LocalDate.of(1990, 8, 16),
                    Optional.of(TestCards.AN.issueDate()), Optional.empty(), TestCards.TODAY), false);

            assertThat(result).isInstanceOfSatisfying(ChipReadResult.Failed.class,
                    f -> assertThat(f.failure()).isEqualTo(ChipFailure.WRONG_KEY));
        }
    }

    @Test
    void unknownIssueDateTriesTheCandidatesUntilOneOpens() throws Exception {
        CardImage image = TestCards.card(TestCards.Variant.ISSUED_ONE_YEAR_BEFORE_25);
        try (PcscSupport.InsertedCard card = PcscSupport.insert(image, work, reader)) {
            ChipReadResult result = reader.read(ChipKeys.fromValues(TestCards.AN.idNumber(), TestCards.AN.birthDate(),
                    Optional.empty(), Optional.empty(), TestCards.TODAY), false);

            assertThat(result).isInstanceOfSatisfying(ChipReadResult.Read.class, read -> {
                assertThat(read.keyAttempts()).isEqualTo(1);
                assertThat(read.key().basis()).contains("40th birthday");
            });
        }
    }

    @Test
    void lifetimeCardOpensWithTheFillerExpiry() throws Exception {
        try (PcscSupport.InsertedCard card = PcscSupport.insert(TestCards.card(TestCards.Variant.LIFETIME), work, reader)) {
            ChipReadResult result = reader.read(keysFromIssueDate(TestCards.ELDER), false);

            assertThat(result).isInstanceOfSatisfying(ChipReadResult.Read.class, read -> {
                assertThat(read.key().basis()).startsWith("lifetime <<<<<<");
                assertThat(read.identity().details().validity()).hasValue(new vn.tiepdon.core.identity.CardValidity.Lifetime());
                assertThat(read.passiveAuth().verdict()).isEqualTo(Verdict.VALID);
            });
        }
    }

    @Test
    void noCardOnTheReaderIsNoCard() {
        assertThat(PcscSupport.waitUntil(() -> !reader.isCardPresent())).isTrue();
        assertThat(reader.read(keysFromIssueDate(TestCards.AN), false)).isInstanceOfSatisfying(
                ChipReadResult.Failed.class, f -> assertThat(f.failure()).isEqualTo(ChipFailure.NO_CARD));
    }
}
