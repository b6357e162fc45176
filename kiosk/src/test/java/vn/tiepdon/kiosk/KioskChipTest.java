package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.identity.AccessMethod;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.identity.IdentityParser;
import vn.tiepdon.core.identity.PassiveAuthReport.Verdict;
import vn.tiepdon.core.identity.Sex;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.devices.smartcard.CardEvent;
import vn.tiepdon.devices.smartcard.CardHolder;
import vn.tiepdon.devices.smartcard.CardImage;
import vn.tiepdon.devices.smartcard.CccdCardBuilder;
import vn.tiepdon.devices.smartcard.ChipContentReader;
import vn.tiepdon.devices.smartcard.CscaTrustStore;
import vn.tiepdon.devices.smartcard.IssuingAuthority;
import vn.tiepdon.devices.smartcard.LdsFile;
import vn.tiepdon.devices.smartcard.PassiveAuthenticator;
import vn.tiepdon.devices.smartcard.VirtualCardReader;

/** The kiosk with a card reader: the real virtual reader, real generated cards, the real parser. */
class KioskChipTest {
    static final String QR = "079090001234||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021";
    static IssuingAuthority authority;
    static CardImage card;
    static CardImage otherCard;
    static CardImage forgedName;

    private final MutableClock clock = new MutableClock(Samples.NOW, Samples.HANOI);
    private final FakeReceptionApi api = new FakeReceptionApi(r -> Samples.response(42, "A001", LookupClass.ELIGIBLE));
    private final FakePrinter printer = new FakePrinter();
    private VirtualCardReader reader;
    private KioskModel model;
    private final List<KioskState> seen = new ArrayList<>();

    @BeforeAll
    static void makeCards() {
        authority = IssuingAuthority.generate("test", 7, java.time.Clock.systemUTC());
        CccdCardBuilder builder = new CccdCardBuilder(authority);
        card = builder.build(CardHolder.of("079090001234", "Nguyễn Văn An", LocalDate.of(1990, 8, 15), Sex.MALE,
                "12 Lê Lợi, TP Hồ Chí Minh", LocalDate.of(2021, 4, 20)));
        forgedName = builder.build(CardHolder.of("079090001234", "Nguyễn Văn Anh", LocalDate.of(1990, 8, 15), Sex.MALE,
                "12 Lê Lợi, TP Hồ Chí Minh", LocalDate.of(2021, 4, 20)));
        otherCard = builder.build(CardHolder.of("001085012345", "Trần Văn Bình", LocalDate.of(1985, 3, 5), Sex.MALE,
                "Hà Nội", LocalDate.of(2021, 5, 10)));
    }

    private void kiosk(CscaTrustStore trust) {
        kiosk(trust, false);
    }

    private void kiosk(CscaTrustStore trust, boolean portraitForDesk) {
        reader = new VirtualCardReader(new ChipContentReader(new PassiveAuthenticator(trust), clock));
        model = new KioskModel(api, new IdentityParser(clock)::parse, printer,
                new SlipFactory("Bệnh viện Đa khoa Demo", Samples.HANOI), "kiosk-1", clock,
                new ChipStep(reader, clock, portraitForDesk));
        model.addListener(seen::add);
    }

    @Test
    void handsThePortraitToTheDeskAfterPrintingWhenSetTo() throws Exception {
        kiosk(CscaTrustStore.none(), true);
        reader.insert(card);
        model.scanned(QR);
        model.lastPortrait().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(printer.slips).hasSize(1);
        assertThat(api.portraits.get(42L)).isNotNull().satisfies(p -> {
            assertThat(p.contentType()).isEqualTo("image/jpeg");
            assertThat(p.image().length).isGreaterThan(100);
        });
    }

    @Test
    void handsTheDeskThePortraitOfAnAlteredChipToo() throws Exception {
        kiosk(CscaTrustStore.of(List.of(authority.csca())), true);
        reader.insert(card);
        model.scanned(QR);
        model.lastPortrait().get(10, java.util.concurrent.TimeUnit.SECONDS);
        model.reset();
        api.portraits.clear();
        reader.remove();
        reader.insert(otherCard.with(LdsFile.DG13, card.file(LdsFile.DG13).orElseThrow()));
        model.scanned("001085012345||Trần Văn Bình|05031985|Nam|Hà Nội|10052021");
        model.lastPortrait().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(api.checkins.get(1).chip()).map(c -> c.passiveAuth()).contains(Verdict.HASH_MISMATCH);
        assertThat(api.portraits).containsKey(42L);
    }

    @Test
    void readsNoPortraitUnlessSetTo() throws Exception {
        kiosk(CscaTrustStore.none(), false);
        reader.insert(card);
        model.scanned(QR);
        model.lastPortrait().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(api.portraits).isEmpty();
    }

    @AfterEach
    void close() {
        reader.close();
    }

    @Test
    void checksInWithTheChipWhenTheScannedCardLiesOnTheReader() {
        kiosk(CscaTrustStore.of(List.of(authority.csca())));
        reader.insert(card);

        KioskState state = model.scanned(QR);

        assertThat(api.checkins).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo(IdentificationMethod.CHIP);
            assertThat(r.code()).isEqualTo("079090001234");
            assertThat(r.chip()).hasValueSatisfying(c -> {
                assertThat(c.fullName()).isEqualTo("Nguyễn Văn An");
                assertThat(c.dateOfBirth()).isEqualTo("1990-08-15");
                assertThat(c.passiveAuth()).isEqualTo(Verdict.VALID);
                assertThat(c.access()).isEqualTo(AccessMethod.BAC);
                assertThat(c.expiryDate()).contains("2030-08-15");
            });
        });
        assertThat(state.screen()).isEqualTo(KioskState.Screen.TICKET);
        assertThat(seen).filteredOn(s -> s instanceof KioskState.Checking)
                .extracting(s -> ((KioskState.Checking) s).message())
                .containsExactly("Đang đọc chip thẻ CCCD… Vui lòng giữ thẻ trên đầu đọc", "Đang kiểm tra thẻ BHYT…");
    }

    @Test
    void sendsTheChipVerdictWhenNoCscaIsConfigured() {
        kiosk(CscaTrustStore.none());
        reader.insert(card);
        model.scanned(QR);
        assertThat(api.checkins.get(0).chip()).map(c -> c.passiveAuth()).contains(Verdict.UNTRUSTED_CHAIN);
    }

    @Test
    void sendsAlteredChipDataWithItsVerdictSoTheReceptionistChecksTheCard() {
        kiosk(CscaTrustStore.of(List.of(authority.csca())));
        reader.insert(card.with(LdsFile.DG13, forgedName.file(LdsFile.DG13).orElseThrow()));
        model.scanned(QR);
        assertThat(api.checkins).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo(IdentificationMethod.CHIP);
            assertThat(r.chip()).map(c -> c.passiveAuth()).contains(Verdict.HASH_MISMATCH);
        });
    }

    @Test
    void neverDropsAnAlteredChipEvenWhenItsNumberWasChangedToo() {
        kiosk(CscaTrustStore.of(List.of(authority.csca())));
        reader.insert(card.with(LdsFile.DG13, otherCard.file(LdsFile.DG13).orElseThrow()));
        model.scanned(QR);
        assertThat(api.checkins).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo(IdentificationMethod.CHIP);
            assertThat(r.chip()).map(c -> c.passiveAuth()).contains(Verdict.HASH_MISMATCH);
        });
    }

    @Test
    void opensTheChipWithATypedNumberAndBirthDate() {
        kiosk(CscaTrustStore.of(List.of(authority.csca())));
        reader.insert(card);
        KeypadModel keypad = model.newKeypad();
        "079090001234".chars().forEach(c -> keypad.press((char) c));
        assertThat(keypad.confirm()).isEmpty();
        assertThat(keypad.step()).isEqualTo(KeypadModel.Step.BIRTH_DATE);
        "15081990".chars().forEach(c -> keypad.press((char) c));
        assertThat(keypad.shown()).isEqualTo("15/08/1990");
        KeypadModel.Entry entry = keypad.confirm().orElseThrow();

        model.typed(entry);

        assertThat(api.checkins).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo(IdentificationMethod.CHIP);
            assertThat(r.chip()).map(c -> c.passiveAuth()).contains(Verdict.VALID);
        });
    }

    @Test
    void checksInByTheTypedNumberWhenTheTypedBirthDateDoesNotOpenTheChip() {
        kiosk(CscaTrustStore.none());
        reader.insert(card);
        KioskState state = model.typed(new KeypadModel.Entry("079090001234", Optional.of(1990),
                Optional.of(LocalDate.of(1990, 8, 16))));
        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> assertThat(t.chipNotice())
                .hasValueSatisfying(n -> assertThat(n).startsWith("Chưa đọc được chip thẻ CCCD: Không mở được chip")));
        assertThat(api.checkins).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo(IdentificationMethod.TYPED);
            assertThat(r.code()).isEqualTo("079090001234");
            assertThat(r.birthYear()).contains(1990);
            assertThat(r.chip()).isEmpty();
        });
    }

    @Test
    void checksInByQrWhenTheCardOnTheReaderIsSomeoneElses() {
        kiosk(CscaTrustStore.none());
        reader.insert(otherCard);
        model.scanned(QR);
        assertThat(api.checkins).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo(IdentificationMethod.QR);
            assertThat(r.chip()).isEmpty();
            assertThat(r.code()).isEqualTo(QR);
        });
    }

    @Test
    void checksInByQrWithoutACardOnTheReader() {
        kiosk(CscaTrustStore.none());
        KioskState state = model.scanned(QR);
        assertThat(((KioskState.Ticket) state).chipNotice()).isEmpty();
        assertThat(api.checkins).singleElement().satisfies(r -> assertThat(r.method()).isEqualTo(IdentificationMethod.QR));
        assertThat(seen).noneMatch(s -> s instanceof KioskState.Checking c && c.message().contains("chip"));
    }

    @Test
    void asksForTheQrWhenACardIsPlacedAndGoesBackToIdleWhenItIsTaken() {
        kiosk(CscaTrustStore.none());
        KioskState placed = model.cardEvent(new CardEvent.CardInserted("virtual"));
        assertThat(placed).isInstanceOfSatisfying(KioskState.CardOnReader.class, c -> {
            assertThat(c.message()).isEqualTo("Đã nhận thẻ CCCD");
            assertThat(c.hint()).contains("quét mã QR ở mặt trước thẻ");
        });
        assertThat(model.cardEvent(new CardEvent.CardRemoved("virtual"))).isInstanceOf(KioskState.Idle.class);
    }

    @Test
    void aSecondScanOfTheSameQrShowsTheSameTicketInsteadOfIssuingAnother() {
        kiosk(CscaTrustStore.none());
        reader.insert(card);
        model.scanned(QR);
        model.reset();
        model.scanned(QR);
        assertThat(api.checkins).hasSize(1);
        assertThat(Optional.of(model.state().screen())).contains(KioskState.Screen.TICKET);
    }
}
