package vn.tiepdon.app.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.app.testing.InProcessServer;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.ReturnRequest;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.desk.DeskMessages;
import vn.tiepdon.desk.DeskModel;
import vn.tiepdon.desk.DeskOutcome;
import vn.tiepdon.desk.DeskSignIn;
import vn.tiepdon.desk.DeskTicket;
import vn.tiepdon.desk.LoginModel;
import vn.tiepdon.desk.LoginOutcome;

/**
 * The desk's actions against a real server (the client, the routes, the queue rules): call a
 * typed number, transfer to a counter with a note, postpone and return, skip and bring back,
 * pause; each refusal in the desk's words.
 */
class DeskActionsAgainstServerTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-22T01:00:00Z"), VIETNAM);
    InProcessServer server;
    HttpReceptionClient desk;
    HttpReceptionClient kiosk;

    @BeforeEach
    void startWithFourTickets() {
        server = InProcessServer.start(dir, 0, "", clock);
        server.server().access().createUser("le-tan-1", "mat-khau-quay-1", Role.RECEPTIONIST);
        String token = server.server().access().registerDevice("kiosk-1", Role.KIOSK);
        kiosk = new HttpReceptionClient(List.of(server.baseUrl()), Optional.of(token), Duration.ofSeconds(5));
        for (int i = 1; i <= 4; i++) {
            kiosk.checkIn(new CheckinRequest("kiosk-1", IdentificationMethod.TYPED, "07918501234" + i,
                    Optional.of(1985), Optional.of("bhyt")));
        }
        desk = new HttpReceptionClient(List.of(server.baseUrl()), Optional.empty(), Duration.ofSeconds(5));
        LoginModel login = new LoginModel(DeskSignIn.over(desk), Optional.of("1"), DeskMessages.vietnamese(), VIETNAM,
                clock);
        assertThat(login.submit("le-tan-1", "mat-khau-quay-1".toCharArray())).isInstanceOf(LoginOutcome.SignedIn.class);
    }

    @AfterEach
    void stop() {
        kiosk.close();
        desk.close();
        server.close();
    }

    private static List<String> waiting(DeskModel m) {
        return m.snapshot().waiting().stream().map(DeskTicket::number).toList();
    }

    private static DeskTicket ticket(DeskModel m, String number) {
        return m.snapshot().day().stream().filter(t -> t.number().equals(number)).findFirst().orElseThrow();
    }

    @Test
    void aTypedNumberIsCalledAndTransferredToAnotherCounterWithItsNote() {
        DeskModel one = new DeskModel(desk, "1");
        DeskModel two = new DeskModel(desk, "2");
        one.refresh();
        assertThat(waiting(one)).containsExactly("A001", "A002", "A003", "A004");

        assertThat(one.call("a3").message()).isEqualTo("Mời số A003");
        DeskOutcome moved = one.transfer(one.snapshot().current().orElseThrow(),
                TransferRequest.toCounter("2", "Đã xem thẻ giấy"), "Quầy 2");

        assertThat(moved.message()).isEqualTo("Đã chuyển số A003 cho Quầy 2");
        assertThat(one.snapshot().current()).isEmpty();
        two.refresh();
        DeskTicket reserved = ticket(two, "A003");
        assertThat(reserved.reservedFor("2")).isTrue();
        assertThat(reserved.note()).contains("Đã xem thẻ giấy");
        assertThat(two.act(CounterVerb.NEXT).message()).isEqualTo("Mời số A003");
        assertThat(two.snapshot().current()).map(DeskTicket::note).contains(Optional.of("Đã xem thẻ giấy"));
    }

    @Test
    void aPostponedTicketIsParkedAndReturnsToTheFront() {
        DeskModel one = new DeskModel(desk, "1");
        one.refresh();
        one.call("A002");

        assertThat(one.act(CounterVerb.POSTPONE).message()).isEqualTo("Đã tạm hoãn số A002");
        assertThat(one.snapshot().parked(false)).extracting(DeskTicket::number).containsExactly("A002");

        assertThat(one.returnToQueue(ticket(one, "A002"), ReturnRequest.Position.FRONT).message())
                .isEqualTo("Số A002 đã về đầu hàng đợi Khám BHYT: sẽ được gọi tiếp theo");
        assertThat(one.act(CounterVerb.NEXT).message()).isEqualTo("Mời số A002");
    }

    @Test
    void aSkippedTicketComesBackAndAWrongStateIsRefusedInTheDesksWords() {
        DeskModel one = new DeskModel(desk, "1");
        one.refresh();
        one.act(CounterVerb.NEXT);
        one.act(CounterVerb.SKIP);
        assertThat(one.snapshot().skipped()).extracting(DeskTicket::number).containsExactly("A001");

        assertThat(one.restore(ticket(one, "A001")).message()).isEqualTo("Số A001 đã trở lại hàng đợi Khám BHYT");
        assertThat(ticket(one, "A001").status()).isEqualTo(TicketStatus.WAITING);

        assertThat(one.returnToQueue(ticket(one, "A004"), ReturnRequest.Position.PLACE).message())
                .isEqualTo("Máy chủ báo lỗi WRONG_STATE: Phiếu này không ở trạng thái cho thao tác đó.");
        assertThat(one.call("A099").message()).isEqualTo("Máy chủ báo lỗi UNKNOWN_TICKET: Không tìm thấy phiếu.");
    }

    @Test
    void aPausedCounterRefusesCallsAndANewDeskSeesItPaused() {
        DeskModel one = new DeskModel(desk, "1");
        one.refresh();

        assertThat(one.act(CounterVerb.PAUSE).message()).isEqualTo("Quầy 1 đã tạm nghỉ: không gọi số mới");
        assertThat(one.call("A001").message())
                .isEqualTo("Máy chủ báo lỗi COUNTER_PAUSED: Quầy đang tạm nghỉ. Mở lại quầy để gọi số.");
        assertThat(waiting(one)).containsExactly("A001", "A002", "A003", "A004");
        DeskModel again = new DeskModel(desk, "1");
        again.refresh();
        assertThat(again.snapshot().paused()).isTrue();

        assertThat(again.act(CounterVerb.RESUME).message()).isEqualTo("Quầy 1 đã mở lại");
        assertThat(again.call("A001").message()).isEqualTo("Mời số A001");
    }
}
