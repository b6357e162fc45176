package vn.tiepdon.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.core.identity.ChipFailure;
import vn.tiepdon.core.identity.ChipKeys;
import vn.tiepdon.core.identity.ChipReadResult;

/** Card insert / remove events and a card pulled mid-read, through pcscd + vpcd. */
@Tag("pcsc")
class PcscCardEventsTest {

    @TempDir
    Path work;

    private PcscCardReader reader;

    @BeforeEach
    void needsPcsc() {
        PcscSupport.assumePcscWithEmulator();
        reader = PcscSupport.reader(ContentReaders.trustingOurCsca());
    }

    @AfterEach
    void stop() {
        if (reader != null) {
            reader.close();
        }
    }

    @Test
    void reportsTheCardInsertedAndRemoved() throws Exception {
        assertThat(PcscSupport.waitUntil(() -> !reader.isCardPresent())).isTrue();
        LinkedBlockingQueue<CardEvent> events = new LinkedBlockingQueue<>();
        reader.start(events::add);
        assertThat(events.poll(20, TimeUnit.SECONDS)).isInstanceOf(CardEvent.ReaderConnected.class);

        try (PcscSupport.InsertedCard card = PcscSupport.insert(TestCards.card(TestCards.Variant.NORMAL), work,
                reader)) {
            assertThat(events.poll(20, TimeUnit.SECONDS)).isInstanceOf(CardEvent.CardInserted.class);
        }
        assertThat(events.poll(20, TimeUnit.SECONDS)).isInstanceOf(CardEvent.CardRemoved.class);
    }

    @Test
    void cardPulledMidReadIsCardRemoved() throws Exception {
        try (PcscSupport.InsertedCard card = PcscSupport.insert(TestCards.card(TestCards.Variant.NORMAL), work,
                reader)) {
            reader.afterEachApdu(n -> {
                if (n == 8) {
                    card.pull();
                    PcscSupport.waitUntil(() -> !reader.isCardPresent());
                }
            });

            ChipReadResult result = reader.read(ChipKeys.fromValues(TestCards.AN.idNumber(),
                    TestCards.AN.birthDate(), Optional.of(TestCards.AN.issueDate()), Optional.empty(),
                    TestCards.TODAY), true);

            assertThat(result).isInstanceOfSatisfying(ChipReadResult.Failed.class, f -> {
                assertThat(f.failure()).isEqualTo(ChipFailure.CARD_REMOVED);
                assertThat(f.failure()).isEqualTo(vn.tiepdon.core.identity.ChipFailure.CARD_REMOVED);
            });
        }
    }

    @Test
    void truncatedSodOnTheChipIsMalformedData() throws Exception {
        try (PcscSupport.InsertedCard card = PcscSupport.insert(TestCards.card(TestCards.Variant.TRUNCATED_SOD), work,
                reader)) {
            ChipReadResult result = reader.read(ChipKeys.fromValues(TestCards.AN.idNumber(),
                    TestCards.AN.birthDate(), Optional.of(TestCards.AN.issueDate()), Optional.empty(),
                    TestCards.TODAY), false);

            assertThat(result).isInstanceOfSatisfying(ChipReadResult.Failed.class,
                    f -> assertThat(f.failure()).isEqualTo(ChipFailure.MALFORMED_DATA));
        }
    }

    @Test
    void readerThatMatchesNothingIsUnavailable() {
        PcscCardReader nowhere = new PcscCardReader(TerminalSource.pcsc(), java.util.regex.Pattern.compile("No Such Reader"),
                ContentReaders.untrusted(), java.time.Duration.ofMillis(100), true);

        assertThat(nowhere.read(ChipKeys.fromValues(TestCards.AN.idNumber(), TestCards.AN.birthDate(),
                Optional.of(TestCards.AN.issueDate()), Optional.empty(), TestCards.TODAY), false))
                .isInstanceOfSatisfying(ChipReadResult.Failed.class,
                        f -> assertThat(f.failure()).isEqualTo(ChipFailure.READER_UNAVAILABLE));
    }
}
