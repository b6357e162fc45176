package vn.tiepdon.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.event.ActionEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.api.ReturnRequest;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.core.testing.Screenshots;

/**
 * The desk's windows under a display (Xvfb): log in with Enter, the desk window opens for the
 * counter; a 401 mid-day closes it and brings the login window back saying the session ended.
 */
class DeskSessionTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    final FakeSignIn signIn = new FakeSignIn();
    final DeskApi api = new DeskApi();
    final AtomicInteger quits = new AtomicInteger();

    @BeforeAll
    static void needsADisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display: run under Xvfb");
        Screenshots.onEdt(DeskWindow::installLookAndFeel);
    }

    @AfterEach
    void closeWindows() {
        Screenshots.onEdt(() -> Arrays.stream(Frame.getFrames()).forEach(Frame::dispose));
    }

    /** The server as the open desk sees it: an empty list until {@code failure} is set. */
    static final class DeskApi implements ReceptionApi {
        volatile RuntimeException failure;
        final List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();

        private <T> T answer(String call, T value) {
            calls.add(call);
            RuntimeException f = failure;
            if (f != null) {
                throw f;
            }
            return value;
        }

        @Override
        public SetupView setup() {
            return answer("setup", FakeSignIn.SETUP);
        }

        @Override
        public CheckinResponse checkIn(CheckinRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TicketView> tickets(Optional<TicketStatus> status) {
            return answer("tickets", List.of());
        }

        @Override
        public Optional<TicketView> counter(CounterVerb verb, String counterId) {
            return answer(verb + " " + counterId, Optional.empty());
        }

        @Override
        public void uploadPortrait(long ticketId, Portrait portrait) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Portrait> portrait(long ticketId) {
            return answer("portrait", Optional.empty());
        }

        @Override
        public TicketView override(long lookupId, vn.tiepdon.core.api.LookupOverride request) {
            return answer("override " + lookupId, null);
        }

        @Override
        public List<vn.tiepdon.core.api.AuditEntry> lookupAudit(long lookupId) {
            return answer("audit " + lookupId, List.of());
        }

        @Override
        public vn.tiepdon.core.api.VisitHistoryView visitHistory(long lookupId) {
            return answer("history " + lookupId, null);
        }

        @Override
        public EventSubscription subscribe(long afterEventId, Consumer<ReceptionEvent> listener) {
            calls.add("subscribe");
            return new EventSubscription() {
                @Override
                public boolean connected() {
                    return true;
                }

                @Override
                public void close() {
                    calls.add("unsubscribe");
                }
            };
        }

        @Override
        public EventSubscription subscribeHall(long afterEventId, Consumer<HallEvent> listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CounterView> counterState(CounterVerb verb, String counterId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TicketView call(String counterId, String number) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<TicketView> transfer(long ticketId, TransferRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TicketView returnToQueue(long ticketId, ReturnRequest.Position position) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TicketView restore(long ticketId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TicketView chooseFeePaying(long ticketId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CounterView> counters() {
            return answer("counters", List.of(new CounterView("2", "Quầy 2", false)));
        }

        @Override
        public Optional<vn.tiepdon.core.api.GatewayNotice> gatewayNotice() {
            return answer("gatewayNotice", Optional.empty());
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!onEdt(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }

    private static <T> T onEdt(java.util.function.Supplier<T> read) {
        AtomicReference<T> value = new AtomicReference<>();
        Screenshots.onEdt(() -> value.set(read.get()));
        return value.get();
    }

    private static Optional<Frame> visible(Class<? extends Frame> type, String titlePart) {
        return Arrays.stream(Frame.getFrames())
                .filter(f -> type.isInstance(f) && f.isVisible() && f.getTitle().contains(titlePart)).findFirst();
    }

    private static <T extends Component> T find(Container root, Class<T> type, String name) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c) && (name == null || name.equals(c.getName()))) {
                return type.cast(c);
            }
            if (c instanceof Container inner) {
                try {
                    return find(inner, type, name);
                } catch (AssertionError e) {
                    // look further
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " " + name);
    }

    @Test
    void logsInWithEnterAndComesBackToTheLoginWhenTheSessionEnds() throws InterruptedException {
        LoginModel model = new LoginModel(signIn, Optional.of("2"), DeskMessages.vietnamese(), VIETNAM,
                Clock.fixed(Instant.parse("2026-11-22T01:00:00Z"), VIETNAM));
        Screenshots.onEdt(() -> new DeskSession(api, signIn, model, VIETNAM, quits::incrementAndGet).open());
        await("the login window", () -> visible(Frame.class, "Đăng nhập").isPresent());

        Screenshots.onEdt(() -> {
            Frame login = visible(Frame.class, "Đăng nhập").orElseThrow();
            find(login, JTextField.class, "login.user").setText("le-tan-1");
            JPasswordField password = find(login, JPasswordField.class, "login.password");
            password.setText("mat-khau-1");
            password.postActionEvent();
        });
        await("the desk window", () -> visible(DeskWindow.class, FakeSignIn.SETUP.hospitalName()).isPresent());
        assertThat(onEdt(() -> visible(Frame.class, "Đăng nhập").isPresent())).as("login window hidden").isFalse();
        await("the desk loaded its list", () -> api.calls.contains("tickets"));
        assertThat(signIn.calls).containsExactly("login le-tan-1 mat-khau-1", "setup");

        api.failure = FakeSignIn.error(401, ErrorCode.UNAUTHENTICATED, Optional.empty());
        Screenshots.onEdt(() -> {
            DeskWindow desk = (DeskWindow) visible(DeskWindow.class, FakeSignIn.SETUP.hospitalName()).orElseThrow();
            DeskView view = find(desk, DeskView.class, null);
            view.getActionMap().get("F1").actionPerformed(new ActionEvent(view, ActionEvent.ACTION_PERFORMED, "F1"));
        });

        await("the login window again", () -> visible(Frame.class, "Đăng nhập").isPresent());
        assertThat(api.calls).contains("NEXT 2", "unsubscribe");
        assertThat(onEdt(() -> Arrays.stream(Frame.getFrames())
                .anyMatch(f -> f instanceof DeskWindow && f.isDisplayable()))).as("desk window disposed").isFalse();
        String notice = onEdt(() -> find(visible(Frame.class, "Đăng nhập").orElseThrow(), JLabel.class,
                "login.notice").getText());
        assertThat(notice).contains("Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.");
        assertThat(quits).hasValue(0);
    }
}
