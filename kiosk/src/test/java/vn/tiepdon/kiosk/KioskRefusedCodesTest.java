package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.TicketStatusView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.identity.IdentityParser;
import vn.tiepdon.core.identity.TicketQr;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.core.testing.MutableClock;

/** The kiosk answers the codes refused by their kind with their own message, and issues nothing. */
class KioskRefusedCodesTest {
    private final MutableClock clock = new MutableClock(Samples.NOW, Samples.HANOI);
    private final FakeReceptionApi api = new FakeReceptionApi(r -> Samples.response(42, "A001", LookupClass.ELIGIBLE));
    private final FakePrinter printer = new FakePrinter();
    private final KioskModel model = new KioskModel(api, new IdentityParser(clock)::parse, printer,
            new SlipFactory("Bệnh viện Đa khoa Demo", Samples.HANOI), "kiosk-1", clock);
    private final LocalDate today = LocalDate.now(clock);

    @Test
    void aCovidQrGetsItsOwnMessageAndNoTicket() {
        KioskState state = model.scanned("079195001234|LE THI MAI ANH|1995-03-12|1|Q1|<1<HS4010120878821<0901234567");

        assertThat(state).isInstanceOfSatisfying(KioskState.Rejected.class, r -> {
            assertThat(r.title()).isEqualTo("Mã QR này không dùng để khám bệnh");
            assertThat(r.message()).startsWith("Đây là mã QR cá nhân thời COVID.");
            assertThat(r.reason()).startsWith("a COVID-era personal QR");
        });
        assertThat(api.checkins).isEmpty();
    }

    @Test
    void aWaitingTicketsQrShowsItsPlaceInsteadOfANewTicket() {
        api.statuses.put(today + "/A012", new TicketStatusView(today, "A012", "Khám BHYT", TicketStatus.WAITING,
                Optional.empty(), 3));

        KioskState state = model.scanned(TicketQr.text(today, "A012"));

        assertThat(state).isInstanceOfSatisfying(KioskState.Rejected.class, r -> {
            assertThat(r.title()).isEqualTo("Phiếu số A012");
            assertThat(r.message()).isEqualTo(
                    "Phiếu A012 đang chờ ở Khám BHYT; còn 3 người trước bạn. Bạn không cần lấy phiếu mới.");
        });
        assertThat(api.checkins).isEmpty();
    }

    @Test
    void aCalledTicketSendsThePatientToItsCounter() {
        api.statuses.put(today + "/A012", new TicketStatusView(today, "A012", "Khám BHYT", TicketStatus.CALLED,
                Optional.of("Quầy 2"), 0));

        KioskState state = model.scanned("TD|42|A012"); // an old slip: today is taken

        assertThat(((KioskState.Rejected) state).message()).isEqualTo("Phiếu A012 đã được gọi: mời bạn đến Quầy 2.");
    }

    @Test
    void anUnknownTicketSaysSo() {
        KioskState state = model.scanned(TicketQr.text(today.minusDays(1), "B007"));

        assertThat(((KioskState.Rejected) state).message()).isEqualTo(
                "Không tìm thấy phiếu B007 của hôm nay. Vui lòng quét thẻ CCCD hoặc thẻ BHYT để lấy phiếu, "
                        + "hoặc hỏi quầy tiếp đón.");
        assertThat(api.checkins).isEmpty();
    }

    @Test
    void aVneidQrAndA2024CardQrCheckInLikeACccd() {
        String vneid = "079195001234|025123456|Lê Thị Mai Anh|12031995|Nữ|Số 5 Lý Tự Trọng|12032035";
        assertThat(model.scanned(vneid).screen()).isEqualTo(KioskState.Screen.TICKET);
        assertThat(api.checkins).hasSize(1);
        assertThat(api.checkins.get(0).code()).isEqualTo(vneid);
    }
}
