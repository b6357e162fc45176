package vn.tiepdon.app.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.app.testing.InProcessServer;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.desk.DeskMessages;
import vn.tiepdon.desk.DeskModel;
import vn.tiepdon.desk.DeskSignIn;
import vn.tiepdon.desk.LoginModel;
import vn.tiepdon.desk.LoginOutcome;
import vn.tiepdon.desk.SessionWatch;

/**
 * The desk's login as {@code ./tiepdon desk} wires it (one {@link HttpReceptionClient} for the login
 * and the desk), against a real server: wrong password, lock, success, and a session that ends
 * mid-day ({@code access.sessionTtl}) sending the desk back to the login screen.
 */
class DeskLoginAgainstServerTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-22T01:00:00Z"),
            java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    InProcessServer server;
    HttpReceptionClient client;
    LoginModel login;

    @BeforeEach
    void start() {
        server = InProcessServer.start(dir, 0, "lockout: { attempts: 3, duration: \"10m\" }\nsessionTtl: \"8h\"", clock);
        server.server().access().createUser("le-tan-1", "mat-khau-quay-1", Role.RECEPTIONIST);
        client = new HttpReceptionClient(List.of(server.baseUrl()), Optional.empty(), Duration.ofSeconds(5));
        login = new LoginModel(DeskSignIn.over(client), Optional.of("2"), DeskMessages.vietnamese(), VIETNAM, clock);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aReceptionistLogsInAndTheSameClientServesTheDesk() {
        LoginOutcome outcome = login.submit("le-tan-1", "mat-khau-quay-1".toCharArray());

        assertThat(outcome).isInstanceOfSatisfying(LoginOutcome.SignedIn.class, s -> {
            assertThat(s.session().role()).isEqualTo(Role.RECEPTIONIST);
            assertThat(s.setup().hospitalName()).isEqualTo(InProcessServer.HOSPITAL);
            assertThat(s.counterId()).isEqualTo("2");
        });
        DeskModel desk = new DeskModel(client, "2");
        assertThat(desk.refresh().message()).isEqualTo("Đã tải các danh sách hôm nay");
    }

    @Test
    void theBootstrapAdminMayUseTheDeskToo() {
        assertThat(login.submit("admin", InProcessServer.ADMIN_PASSWORD.toCharArray()))
                .isInstanceOf(LoginOutcome.SignedIn.class);
    }

    @Test
    void aWrongPasswordThenALockWithItsEndInHospitalTime() {
        LoginOutcome first = login.submit("le-tan-1", "sai-1".toCharArray());
        login.submit("le-tan-1", "sai-2".toCharArray());
        LoginOutcome third = login.submit("le-tan-1", "sai-3".toCharArray());

        assertThat(((LoginOutcome.Failed) first).message()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
        // 08:00 + access.lockout.duration 10m
        assertThat(((LoginOutcome.Failed) third).message())
                .isEqualTo("Tài khoản bị khóa đến 08:10 do nhập sai mật khẩu nhiều lần.");
        LoginOutcome rightButLocked = login.submit("le-tan-1", "mat-khau-quay-1".toCharArray());
        assertThat(((LoginOutcome.Failed) rightButLocked).problem()).isEqualTo(LoginOutcome.Problem.LOCKED);
    }

    @Test
    void aDeviceCannotLogInAtTheDesk() {
        server.server().access().registerDevice("kiosk-1", Role.KIOSK);

        LoginOutcome outcome = login.submit("kiosk-1", "anything-at-all".toCharArray());

        assertThat(((LoginOutcome.Failed) outcome).problem()).isEqualTo(LoginOutcome.Problem.WRONG_PASSWORD);
    }

    @Test
    void anUnreachableServerIsSaid() {
        HttpReceptionClient nowhere = new HttpReceptionClient(List.of("http://127.0.0.1:" + InProcessServer.freePort()),
                Optional.empty(), Duration.ofSeconds(2));
        try {
            LoginModel model = new LoginModel(DeskSignIn.over(nowhere), Optional.empty(), DeskMessages.vietnamese(),
                    VIETNAM, clock);
            LoginOutcome outcome = model.submit("le-tan-1", "mat-khau-quay-1".toCharArray());
            assertThat(((LoginOutcome.Failed) outcome).message())
                    .isEqualTo("Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.");
        } finally {
            nowhere.close();
        }
    }

    @Test
    void aSessionEndingMidDaySendsTheDeskBackToTheLoginScreen() {
        login.submit("le-tan-1", "mat-khau-quay-1".toCharArray());
        AtomicInteger ended = new AtomicInteger();
        SessionWatch watched = new SessionWatch(client, () -> {
            ended.incrementAndGet();
            login.sessionEnded();
        });
        DeskModel desk = new DeskModel(watched, "2");
        assertThat(desk.act(CounterVerb.NEXT).message()).isEqualTo("Không còn ai chờ cho quầy này");

        clock.advance(Duration.ofHours(8).plusMinutes(1));

        assertThat(desk.act(CounterVerb.NEXT).message()).contains("UNAUTHENTICATED");
        assertThat(ended).hasValue(1);
        assertThat(login.snapshot().notice()).contains(new LoginModel.Notice(
                "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.", false));
        // logging in again gives the same client a new session
        assertThat(login.submit("le-tan-1", "mat-khau-quay-1".toCharArray())).isInstanceOf(LoginOutcome.SignedIn.class);
        assertThat(new DeskModel(new SessionWatch(client, ended::incrementAndGet), "2").act(CounterVerb.NEXT)
                .message()).isEqualTo("Không còn ai chờ cho quầy này");
        assertThat(ended).hasValue(1);
    }

    @Test
    void anExpiredSessionIsA401() {
        login.submit("le-tan-1", "mat-khau-quay-1".toCharArray());
        clock.advance(Duration.ofHours(9));
        assertThatThrownBy(() -> client.tickets(Optional.empty())).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.httpStatus()).isEqualTo(401));
    }
}
