package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.SetupView;

/** The desk's login without Swing, against a scripted server. */
class LoginModelTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 08:00 in Vietnam. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), VIETNAM);

    final FakeSignIn server = new FakeSignIn();
    final List<LoginModel.Snapshot> seen = new CopyOnWriteArrayList<>();

    private LoginModel model(Optional<String> counter) {
        return model(counter, DeskMessages.vietnamese());
    }

    private LoginModel model(Optional<String> counter, DeskMessages messages) {
        LoginModel m = new LoginModel(server, counter, messages, VIETNAM, CLOCK);
        m.addListener(seen::add);
        return m;
    }

    private static LoginOutcome.Failed failed(LoginOutcome outcome) {
        assertThat(outcome).isInstanceOf(LoginOutcome.Failed.class);
        return (LoginOutcome.Failed) outcome;
    }

    @Test
    void aReceptionistLogsInAndTheDeskOpensAtTheFirstCounter() {
        LoginModel model = model(Optional.empty());
        char[] password = "mat-khau-1".toCharArray();

        LoginOutcome outcome = model.submit("  le-tan-1 ", password);

        assertThat(outcome).isInstanceOfSatisfying(LoginOutcome.SignedIn.class, s -> {
            assertThat(s.user()).isEqualTo("le-tan-1");
            assertThat(s.session().role()).isEqualTo(Role.RECEPTIONIST);
            assertThat(s.setup()).isEqualTo(FakeSignIn.SETUP);
            assertThat(s.counterId()).isEqualTo("1");
        });
        assertThat(server.calls).containsExactly("login le-tan-1 mat-khau-1", "setup");
        assertThat(password).as("the typed password is wiped").containsOnly('\0');
        assertThat(model.snapshot().notice()).isEmpty();
        assertThat(model.snapshot().busy()).isFalse();
        assertThat(seen).anySatisfy(s -> assertThat(s.busy()).isTrue());
    }

    @Test
    void anAdminMayUseTheDeskAtTheCounterAskedFor() {
        server.login = (u, p) -> FakeSignIn.session(Role.ADMIN);
        LoginOutcome outcome = model(Optional.of("2")).submit("admin", "admin-pw-1".toCharArray());
        assertThat(outcome).isInstanceOfSatisfying(LoginOutcome.SignedIn.class,
                s -> assertThat(s.counterId()).isEqualTo("2"));
    }

    @Test
    void aWrongPasswordSaysSoInVietnamese() {
        server.login = (u, p) -> {
            throw FakeSignIn.error(401, ErrorCode.WRONG_PASSWORD, Optional.empty());
        };
        LoginModel model = model(Optional.empty());

        LoginOutcome.Failed f = failed(model.submit("le-tan-1", "sai".toCharArray()));

        assertThat(f.problem()).isEqualTo(LoginOutcome.Problem.WRONG_PASSWORD);
        assertThat(f.message()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu.");
        assertThat(model.snapshot().notice()).contains(new LoginModel.Notice(f.message(), true));
        assertThat(model.snapshot().user()).as("the name stays filled in").contains("le-tan-1");
        assertThat(server.calls).containsExactly("login le-tan-1 sai");
    }

    @Test
    void aLockedAccountShowsWhenTheLockEndsInTheHospitalsTime() {
        server.login = (u, p) -> {
            throw FakeSignIn.error(423, ErrorCode.ACCOUNT_LOCKED, Optional.of(Instant.parse("2026-11-22T01:15:00Z")));
        };

        LoginOutcome.Failed f = failed(model(Optional.empty()).submit("le-tan-1", "sai".toCharArray()));

        assertThat(f.problem()).isEqualTo(LoginOutcome.Problem.LOCKED);
        assertThat(f.message()).isEqualTo("Tài khoản bị khóa đến 08:15 do nhập sai mật khẩu nhiều lần.");
    }

    @Test
    void aLockEndingAnotherDayShowsTheDateToo() {
        server.login = (u, p) -> {
            throw FakeSignIn.error(423, ErrorCode.ACCOUNT_LOCKED, Optional.of(Instant.parse("2026-11-22T18:30:00Z")));
        };
        LoginOutcome.Failed f = failed(model(Optional.empty(), new DeskMessages(Locale.ENGLISH))
                .submit("le-tan-1", "wrong".toCharArray()));
        assertThat(f.message()).isEqualTo("The account is locked until 01:30 23/11/2026 after too many wrong passwords.");
    }

    @Test
    void anUnreachableServerSaysSoInTheDesksLanguage() {
        server.login = (u, p) -> {
            throw FakeSignIn.unreachable();
        };

        LoginOutcome.Failed vi = failed(model(Optional.empty()).submit("le-tan-1", "pw".toCharArray()));
        LoginOutcome.Failed en = failed(model(Optional.empty(), new DeskMessages(Locale.ENGLISH))
                .submit("le-tan-1", "pw".toCharArray()));

        assertThat(vi.problem()).isEqualTo(LoginOutcome.Problem.UNREACHABLE);
        assertThat(vi.message()).isEqualTo("Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.");
        assertThat(en.message()).isEqualTo("The server cannot be reached. Check the network and try again.");
    }

    @Test
    void aSessionWithADeviceRoleIsRefusedAndEnded() {
        server.login = (u, p) -> FakeSignIn.session(Role.KIOSK);

        LoginOutcome.Failed f = failed(model(Optional.empty()).submit("kiosk-1", "pw".toCharArray()));

        assertThat(f.problem()).isEqualTo(LoginOutcome.Problem.NOT_STAFF);
        assertThat(f.message()).contains("KIOSK", "chỉ lễ tân và quản trị viên");
        assertThat(server.calls).containsExactly("login kiosk-1 pw", "logout");
    }

    @Test
    void emptyFieldsAreNotSent() {
        LoginModel model = model(Optional.empty());
        assertThat(failed(model.submit("  ", "pw".toCharArray())).problem())
                .isEqualTo(LoginOutcome.Problem.MISSING_FIELDS);
        assertThat(failed(model.submit("le-tan-1", new char[0])).message())
                .isEqualTo("Nhập tên đăng nhập và mật khẩu.");
        assertThat(server.calls).isEmpty();
    }

    @Test
    void anUnknownCounterIsSaidAfterTheLogin() {
        LoginOutcome.Failed f = failed(model(Optional.of("9")).submit("le-tan-1", "pw".toCharArray()));
        assertThat(f.problem()).isEqualTo(LoginOutcome.Problem.NO_COUNTER);
        assertThat(f.message()).isEqualTo("Máy chủ không có quầy \"9\". Vui lòng báo quản trị viên.");
    }

    @Test
    void aServerWithoutCountersCannotOpenTheDesk() {
        server.setup = new SetupView("01999", "BV", List.of(), List.of());
        assertThat(failed(model(Optional.empty()).submit("le-tan-1", "pw".toCharArray())).problem())
                .isEqualTo(LoginOutcome.Problem.NO_COUNTER);
    }

    @Test
    void aServerGoneBetweenLoginAndSetupIsUnreachable() {
        server.setupFailure = FakeSignIn.unreachable();
        assertThat(failed(model(Optional.empty()).submit("le-tan-1", "pw".toCharArray())).problem())
                .isEqualTo(LoginOutcome.Problem.UNREACHABLE);
    }

    @Test
    void anotherErrorShowsItsCodeAndText() {
        server.login = (u, p) -> {
            throw FakeSignIn.error(503, ErrorCode.STORAGE_UNAVAILABLE, Optional.empty());
        };
        LoginOutcome.Failed f = failed(model(Optional.empty()).submit("le-tan-1", "pw".toCharArray()));
        assertThat(f.problem()).isEqualTo(LoginOutcome.Problem.SERVER_ERROR);
        assertThat(f.message()).startsWith("Máy chủ báo lỗi STORAGE_UNAVAILABLE: ");
    }

    @Test
    void aSecondPressWhileLoggingInIsNotSent() throws Exception {
        CountDownLatch inLogin = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        server.login = (u, p) -> {
            inLogin.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return FakeSignIn.session(Role.RECEPTIONIST);
        };
        LoginModel model = model(Optional.empty());
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<LoginOutcome> first = background.submit(() -> model.submit("le-tan-1", "pw".toCharArray()));
            assertThat(inLogin.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(model.snapshot().busy()).isTrue();

            LoginOutcome.Failed second = failed(model.submit("le-tan-1", "pw".toCharArray()));
            release.countDown();

            assertThat(second.problem()).isEqualTo(LoginOutcome.Problem.BUSY);
            assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOf(LoginOutcome.SignedIn.class);
            assertThat(server.calls).containsExactly("login le-tan-1 pw", "setup");
        } finally {
            release.countDown();
            background.shutdownNow();
        }
    }

    @Test
    void anEndedSessionAsksToLogInAgainAndANewLoginClearsIt() {
        LoginModel model = model(Optional.empty());
        model.submit("le-tan-1", "pw".toCharArray());

        model.sessionEnded();

        assertThat(model.snapshot().notice())
                .contains(new LoginModel.Notice("Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.", false));
        assertThat(model.snapshot().user()).contains("le-tan-1");
        model.submit("le-tan-1", "pw".toCharArray());
        assertThat(model.snapshot().notice()).isEmpty();
    }
}
