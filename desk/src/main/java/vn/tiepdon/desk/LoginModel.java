package vn.tiepdon.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.access.SessionView;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.queue.CounterDefinition;

/**
 * The desk's login, without Swing: a person (receptionist or admin; devices have no password)
 * logs in, the server's setup is loaded, the counter is chosen. {@link #submit} blocks on the
 * server: call it off the screen's thread. Listeners get a snapshot on the thread that made the
 * change. The password is never kept.
 */
public final class LoginModel {
    private static final Logger LOG = LoggerFactory.getLogger(LoginModel.class);
    /** The roles that may use the desk. */
    public static final Set<Role> DESK_ROLES = EnumSet.of(Role.RECEPTIONIST, Role.ADMIN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_AND_DATE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final DeskSignIn signIn;
    private final Optional<String> counterId;
    private final DeskMessages messages;
    private final ZoneId zone;
    private final Clock clock;
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile Optional<String> user = Optional.empty();
    private volatile Optional<Notice> notice = Optional.empty();

    /** What the login screen shows: the last user name, whether a login is under way, and a notice. */
    public record Snapshot(Optional<String> user, boolean busy, Optional<Notice> notice) {
        public Snapshot {
            Objects.requireNonNull(user);
            Objects.requireNonNull(notice);
        }
    }

    /** A line under the form: a problem (red) or information (the session has ended). */
    public record Notice(String text, boolean problem) {
        public Notice {
            Objects.requireNonNull(text);
        }
    }

    /**
     * @param counterId the counter the desk opens for; empty: the server's first counter
     * @param zone      the hospital's time zone (the end of an account lock is shown in it)
     */
    public LoginModel(DeskSignIn signIn, Optional<String> counterId, DeskMessages messages, ZoneId zone,
                      Clock clock) {
        this.signIn = Objects.requireNonNull(signIn);
        this.counterId = Objects.requireNonNull(counterId);
        this.messages = Objects.requireNonNull(messages);
        this.zone = Objects.requireNonNull(zone);
        this.clock = Objects.requireNonNull(clock);
    }

    public DeskMessages messages() {
        return messages;
    }

    public void addListener(Consumer<Snapshot> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<Snapshot> listener) {
        listeners.remove(listener);
    }

    public Snapshot snapshot() {
        return new Snapshot(user, busy.get(), notice);
    }

    /**
     * Logs {@code user} in, loads the setup and picks the counter. Blocks; the password array is
     * wiped before this returns.
     */
    public LoginOutcome submit(String userName, char[] password) {
        String name = userName == null ? "" : userName.trim();
        try {
            if (name.isEmpty() || password.length == 0) {
                return publish(failed(LoginOutcome.Problem.MISSING_FIELDS, messages.text("login.missing")));
            }
            if (!busy.compareAndSet(false, true)) {
                return new LoginOutcome.Failed(LoginOutcome.Problem.BUSY, messages.text("login.busy"));
            }
            user = Optional.of(name);
            notice = Optional.empty();
            publish();
            LoginOutcome outcome;
            try {
                outcome = signIn(name, new String(password));
            } finally {
                busy.set(false);
            }
            return publish(outcome);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The session ended while the desk was open (a call answered 401): the screen asks to log in again. */
    public void sessionEnded() {
        LOG.info("desk: the session of {} has ended; back to the login screen", user.orElse("?"));
        notice = Optional.of(new Notice(messages.text("login.expired"), false));
        publish();
    }

    private LoginOutcome signIn(String name, String password) {
        SessionView session;
        try {
            session = signIn.login(name, password);
        } catch (ApiException e) {
            return failedLogin(name, e);
        } catch (IllegalArgumentException e) {
            // a field longer than the API takes: the server would refuse it in the same way
            return failed(LoginOutcome.Problem.WRONG_PASSWORD, messages.text("login.wrongPassword"));
        }
        if (!DESK_ROLES.contains(session.role())) {
            LOG.warn("desk: {} logged in with role {}, which may not use the desk; logged out", name, session.role());
            logOutQuietly();
            return failed(LoginOutcome.Problem.NOT_STAFF, messages.text("login.notStaff", session.role().name()));
        }
        SetupView setup;
        try {
            setup = signIn.setup();
        } catch (ApiException e) {
            return failedCall(e);
        }
        Optional<CounterDefinition> counter = counterId
                .map(id -> setup.counters().stream().filter(c -> c.id().equals(id)).findFirst())
                .orElseGet(() -> setup.counters().stream().findFirst());
        if (counter.isEmpty()) {
            LOG.warn("desk: the server has no counter {}", counterId.orElse("at all"));
            return failed(LoginOutcome.Problem.NO_COUNTER, messages.text("login.noCounter", counterId.orElse("")));
        }
        LOG.info("desk: {} ({}) logged in at counter {}; session until {}", name, session.role(),
                counter.get().id(), session.expiresAt());
        return new LoginOutcome.SignedIn(name, session, setup, counter.get().id());
    }

    private LoginOutcome failedLogin(String name, ApiException e) {
        Optional<ApiError> error = e.error();
        if (error.isPresent() && error.get().error() == ErrorCode.WRONG_PASSWORD) {
            LOG.info("desk: login of {} refused: wrong user name or password", name);
            return failed(LoginOutcome.Problem.WRONG_PASSWORD, messages.text("login.wrongPassword"));
        }
        if (error.isPresent() && error.get().error() == ErrorCode.ACCOUNT_LOCKED) {
            LOG.info("desk: login of {} refused: account locked until {}", name, error.get().until().orElse(null));
            return failed(LoginOutcome.Problem.LOCKED, error.get().until()
                    .map(t -> messages.text("login.locked", lockedUntil(t)))
                    .orElseGet(() -> messages.text("login.lockedNoTime")));
        }
        return failedCall(e);
    }

    private LoginOutcome failedCall(ApiException e) {
        Optional<ApiError> error = e.error();
        if (error.isEmpty()) {
            LOG.warn("desk: login failed, server unreachable: {}", e.getMessage());
            return failed(LoginOutcome.Problem.UNREACHABLE, messages.text("login.unreachable"));
        }
        LOG.warn("desk: login failed: HTTP {} {}", e.httpStatus(), error.get().error());
        return failed(LoginOutcome.Problem.SERVER_ERROR, messages.text("login.serverError",
                error.get().error().name(), messages.contract().error(error.get().error())));
    }

    /** {@code HH:mm} in the hospital's zone; with the date when the lock ends on another day. */
    String lockedUntil(Instant until) {
        ZonedDateTime end = until.atZone(zone);
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        return (end.toLocalDate().equals(today) ? TIME : TIME_AND_DATE).format(end);
    }

    private void logOutQuietly() {
        try {
            signIn.logout();
        } catch (RuntimeException e) {
            LOG.debug("desk: logout after a refused role failed: {}", e.getMessage());
        }
    }

    private LoginOutcome.Failed failed(LoginOutcome.Problem problem, String message) {
        return new LoginOutcome.Failed(problem, message);
    }

    private LoginOutcome publish(LoginOutcome outcome) {
        if (outcome instanceof LoginOutcome.Failed f) {
            notice = Optional.of(new Notice(f.message(), true));
        } else {
            notice = Optional.empty();
        }
        publish();
        return outcome;
    }

    private void publish() {
        Snapshot s = snapshot();
        for (Consumer<Snapshot> listener : listeners) {
            try {
                listener.accept(s);
            } catch (RuntimeException e) {
                LOG.error("desk: a login screen listener failed", e);
            }
        }
    }
}
