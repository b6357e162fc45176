package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.devices.scanning.WedgeScan;
import vn.tiepdon.devices.scanning.WedgeTiming;

/** A keyboard-wedge scanner typing into the kiosk: the keys' times decide, the model checks in (no Swing). */
class KioskWedgeTest {
    /** {@link Samples#CCCD_QR} as a wedge in a US layout types it: the Vietnamese letters are not typed. */
    private static final String CCCD_QR_TYPED = "079012345678|123456789|Nguyn Vn An|01011956|Nam|12 L Li, Bn Thnh|01012021";

    private final MutableClock clock = new MutableClock(Samples.NOW, Samples.HANOI);
    private final FakeReceptionApi api = new FakeReceptionApi(r -> Samples.response(42, "A001", LookupClass.ELIGIBLE));
    private final FakePrinter printer = new FakePrinter();
    private final KioskModel model = new KioskModel(api, Samples::parse, printer,
            new SlipFactory("Bệnh viện Đa khoa Demo", Samples.HANOI), "kiosk-1", clock);
    private final WedgeTiming rule = new WedgeTiming(6, Duration.ofMillis(50));
    private long now = 5_000_000;

    @Test
    void aWedgeBurstOnTheIdleScreenChecksInLikeAScanAndSaysTheNameLostItsDiacritics() {
        KioskState state = typeAndEnter(CCCD_QR_TYPED, 6).orElseThrow();

        assertThat(api.checkins).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo(IdentificationMethod.QR);
            assertThat(r.code()).isEqualTo(CCCD_QR_TYPED);
        });
        assertThat(printer.slips).singleElement().satisfies(s -> assertThat(s.ticketNumber()).isEqualTo("A001"));
        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> {
            assertThat(t.number()).isEqualTo("A001");
            assertThat(t.chipNotice()).contains("Máy quét đang ở chế độ bàn phím nên họ tên và địa chỉ trong mã QR bị "
                    + "mất dấu tiếng Việt. Số CCCD và các ngày vẫn đúng; nhân viên tiếp đón sẽ kiểm tra lại họ tên.");
        });
    }

    @Test
    void aPersonTypingTheSameTextStartsNothing() {
        Optional<KioskState> state = typeAndEnter("079012345678", 170);

        assertThat(state).isEmpty();
        assertThat(api.checkins).isEmpty();
        assertThat(model.state()).isInstanceOf(KioskState.Idle.class);
    }

    @Test
    void aWedgeTicketQrOrNumberIsAnOrdinaryScanWithoutNotice() {
        KioskState state = typeAndEnter("079012345678", 5).orElseThrow();

        assertThat(api.checkins).singleElement().satisfies(r -> assertThat(r.code()).isEqualTo("079012345678"));
        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> assertThat(t.chipNotice()).isEmpty());
    }

    @Test
    void aCccdQrWhoseSeparatorsTheLayoutChangedIsRefusedSayingWhatToDo() {
        KioskState state = typeAndEnter("079012345678#123456789#Nguyn Vn An#01011956#Nam#12 L Li#01012021", 5)
                .orElseThrow();

        assertThat(api.checkins).isEmpty();
        assertThat(state).isInstanceOfSatisfying(KioskState.Rejected.class, r -> assertThat(r.message())
                .isEqualTo("Máy quét ở chế độ bàn phím chỉ gửi được một phần mã QR CCCD (mất chữ có dấu hoặc dấu "
                        + "phân cách). Vui lòng bấm Nhập số để nhập số CCCD, hoặc báo nhân viên chuyển máy quét "
                        + "sang chế độ USB-COM."));
    }

    @Test
    void theRefusalIsInTheKiosksLanguage() {
        model.useLanguage(KioskLanguage.ENGLISH);

        KioskState state = typeAndEnter("079012345678|123456789|Nguyn Vn An|0101", 5).orElseThrow();

        assertThat(state).isInstanceOfSatisfying(KioskState.Rejected.class, r -> assertThat(r.message())
                .startsWith("The scanner in keyboard mode sent only part of the CCCD QR"));
    }

    @Test
    void shapesOfWedgeText() {
        assertThat(WedgeText.shape(CCCD_QR_TYPED)).isEqualTo(WedgeText.Shape.CCCD_QR_WITHOUT_LETTERS);
        assertThat(WedgeText.shape(CCCD_QR_TYPED + "|Nguyn Th B")).isEqualTo(WedgeText.Shape.CCCD_QR_WITHOUT_LETTERS);
        assertThat(WedgeText.shape("079012345678|123456789|Nguyn Vn An")).isEqualTo(WedgeText.Shape.PARTIAL_CCCD_QR);
        assertThat(WedgeText.shape("079012345678")).isEqualTo(WedgeText.Shape.OTHER);
        assertThat(WedgeText.shape("TD|42|A001")).isEqualTo(WedgeText.Shape.OTHER);
    }

    /** Types {@code text} then Enter, {@code gap} ms apart; the model's answer when the rule saw a scan. */
    private Optional<KioskState> typeAndEnter(String text, long gap) {
        Optional<KioskState> answer = Optional.empty();
        for (char c : (text + "\n").toCharArray()) {
            now += gap;
            Optional<WedgeScan> scan = rule.typed(c, now);
            if (scan.isPresent()) {
                answer = Optional.of(model.wedgeScanned(scan.get()));
            }
        }
        return answer;
    }
}
