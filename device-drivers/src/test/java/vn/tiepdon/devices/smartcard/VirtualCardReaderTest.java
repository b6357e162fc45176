package vn.tiepdon.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.identity.AccessMethod;
import vn.tiepdon.core.identity.CardValidity;
import vn.tiepdon.core.identity.ChipFailure;
import vn.tiepdon.core.identity.ChipKeyCandidates;
import vn.tiepdon.core.identity.ChipKeys;
import vn.tiepdon.core.identity.ChipReadResult;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.PassiveAuthReport.Verdict;
import vn.tiepdon.core.identity.Sex;

class VirtualCardReaderTest {
    private final VirtualCardReader reader = new VirtualCardReader(ContentReaders.trustingOurCsca());

    @AfterEach
    void close() {
        reader.close();
    }

    private static ChipKeyCandidates keys(CardHolder h) {
        return ChipKeys.fromValues(h.idNumber(), h.birthDate(), Optional.of(h.issueDate()), Optional.empty(),
                TestCards.TODAY);
    }

    @Test
    void readsTheCardWithTheRightKeyIntoTheQrIdentityModel() {
        reader.insert(TestCards.card(TestCards.Variant.NORMAL));

        ChipReadResult result = reader.read(keys(TestCards.AN), false);

        assertThat(result).isInstanceOfSatisfying(ChipReadResult.Read.class, read -> {
            var doc = read.identity().document();
            assertThat(doc.kind()).isEqualTo(DocumentKind.CCCD_CHIP);
            assertThat(doc.idNumber()).contains("079090001234");
            assertThat(doc.oldIdNumber()).contains("025123456");
            assertThat(doc.fullName()).contains("Nguyễn Văn An");
            assertThat(doc.dateOfBirth().orElseThrow().toString()).isEqualTo("1990-08-15");
            assertThat(doc.sex()).contains(Sex.MALE);
            assertThat(doc.address()).contains("Số 12 Lê Lợi, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh");
            assertThat(doc.issueDate()).contains(LocalDate.of(2021, 4, 20));
            var x = read.identity().details();
            assertThat(x.ethnicity()).contains("Kinh");
            assertThat(x.hometown()).contains("Phường Phú Hội, Thành phố Huế");
            assertThat(x.motherName()).contains("Trần Thị Cúc");
            assertThat(x.validity()).contains(new CardValidity.Until(LocalDate.of(2030, 8, 15)));
            assertThat(read.access()).isEqualTo(AccessMethod.BAC);
            assertThat(read.passiveAuth().verdict()).isEqualTo(Verdict.VALID);
            assertThat(read.apdus()).isZero();
            assertThat(read.bytes()).isPositive();
        });
    }

    @Test
    void wrongKeyIsWrongKey() {
        reader.insert(TestCards.card(TestCards.Variant.NORMAL));

        ChipReadResult result = reader.read(ChipKeys.fromValues(TestCards.AN.idNumber(), LocalDate.of(1991, 8, 15),
                Optional.of(TestCards.AN.issueDate()), Optional.empty(), TestCards.TODAY), false);

        assertThat(result).isInstanceOfSatisfying(ChipReadResult.Failed.class, f -> {
            assertThat(f.failure()).isEqualTo(ChipFailure.WRONG_KEY);
            assertThat(f.failure().description()).contains("access key");
            assertThat(f.detail()).doesNotContain("079090001234").doesNotContain("910815");
        });
    }

    @Test
    void lifetimeCardOpensWithTheSecondCandidateNeverAndTheFirstAlways() {
        reader.insert(TestCards.card(TestCards.Variant.LIFETIME));

        ChipReadResult result = reader.read(keys(TestCards.ELDER), false);

        assertThat(result).isInstanceOfSatisfying(ChipReadResult.Read.class, read -> {
            assertThat(read.keyAttempts()).isEqualTo(1);
            assertThat(read.key().dateOfExpiry()).isEqualTo("<<<<<<");
            assertThat(read.identity().details().validity()).contains(new CardValidity.Lifetime());
        });
    }

    @Test
    void removedCardIsNoCard() {
        reader.insert(TestCards.card(TestCards.Variant.NORMAL));
        reader.remove();

        assertThat(reader.read(keys(TestCards.AN), false)).isInstanceOfSatisfying(ChipReadResult.Failed.class,
                f -> assertThat(f.failure()).isEqualTo(ChipFailure.NO_CARD));
    }

    @Test
    void tamperedCardIsReadButFlagged() {
        reader.insert(TestCards.card(TestCards.Variant.DG13_ALTERED));

        assertThat(reader.read(keys(TestCards.AN), false)).isInstanceOfSatisfying(ChipReadResult.Read.class, read -> {
            assertThat(read.passiveAuth().verdict()).isEqualTo(Verdict.HASH_MISMATCH);
            assertThat(read.passiveAuth().verdict().accepted()).isFalse();
        });
    }

    @Test
    void truncatedSodIsMalformedData() {
        reader.insert(TestCards.card(TestCards.Variant.TRUNCATED_SOD));

        assertThat(reader.read(keys(TestCards.AN), false)).isInstanceOfSatisfying(ChipReadResult.Failed.class,
                f -> assertThat(f.failure()).isEqualTo(ChipFailure.MALFORMED_DATA));
    }

    @Test
    void givesThePortraitOnRequest() {
        reader.insert(TestCards.card(TestCards.Variant.NORMAL));

        assertThat(reader.read(keys(TestCards.AN), true)).isInstanceOfSatisfying(ChipReadResult.Read.class,
                read -> assertThat(read.portrait()).hasValueSatisfying(
                        jpeg -> assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8)));
    }

    @Test
    void reportsReaderCardInsertedAndRemovedEvents() throws Exception {
        LinkedBlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
        reader.start(events::add);
        reader.insert(TestCards.card(TestCards.Variant.NORMAL));
        reader.remove();

        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo(new CardEvent.ReaderConnected(VirtualCardReader.NAME));
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo(new CardEvent.CardInserted(VirtualCardReader.NAME));
        assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo(new CardEvent.CardRemoved(VirtualCardReader.NAME));
    }
}
