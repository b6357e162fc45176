package vn.tiepdon.server.access;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.access.SessionView;
import vn.tiepdon.core.access.UserView;
import vn.tiepdon.server.http.Authenticator;
import vn.tiepdon.server.http.Caller;

/**
 * Who may use the server: people with a password and a role (sessions that survive a restart and
 * end after {@link AccessSettings#sessionTtl()}), devices with a token each (revocable). Passwords
 * are Argon2id hashes; tokens are stored as SHA-256 only. Logs name users and devices, never a
 * password or a token.
 */
public final class AccessService implements Authenticator {
    private static final Logger log = LoggerFactory.getLogger(AccessService.class);
    /** The user the bootstrap creates. */
    public static final String BOOTSTRAP_ADMIN = "admin";
    public static final int MIN_PASSWORD = 8;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final AccessStore store;
    private final PasswordHasher hasher;
    private final Tokens tokens;
    private final AccessSettings settings;
    private final Clock clock;

    public AccessService(vn.tiepdon.server.storage.Database db, PasswordHasher hasher, Tokens tokens,
                         AccessSettings settings, Clock clock) {
        this.store = new AccessStore(db);
        this.hasher = Objects.requireNonNull(hasher);
        this.tokens = Objects.requireNonNull(tokens);
        this.settings = Objects.requireNonNull(settings);
        this.clock = Objects.requireNonNull(clock);
    }

    /** What a login got. */
    public sealed interface Login permits Login.Granted, Login.Locked, Login.Refused {
        record Granted(SessionView session) implements Login {
        }

        record Locked(Instant until) implements Login {
        }

        /** Unknown user or wrong password: the same answer for both. */
        record Refused() implements Login {
        }
    }

    /**
     * Creates the user {@code admin} with {@code TIEPDON_ADMIN_PASSWORD} when no admin exists yet.
     *
     * @throws IllegalArgumentException when the password is too short
     */
    public void bootstrap() {
        if (store.anyUserWithRole(Role.ADMIN)) {
            return;
        }
        Optional<String> password = settings.bootstrapAdminPassword().filter(p -> !p.isEmpty());
        if (password.isEmpty()) {
            log.warn("No admin user yet: set TIEPDON_ADMIN_PASSWORD and restart to create the user '{}'",
                    BOOTSTRAP_ADMIN);
            return;
        }
        checkPassword(password.get());
        if (store.insertUser(BOOTSTRAP_ADMIN, Role.ADMIN, hasher.hash(password.get()), clock.instant())) {
            log.info("Created the admin user '{}' from TIEPDON_ADMIN_PASSWORD", BOOTSTRAP_ADMIN);
        } else {
            log.warn("No admin user, and the name '{}' is taken by a non-admin: create an admin another way",
                    BOOTSTRAP_ADMIN);
        }
    }

    public Login login(String user, String password) {
        Instant now = clock.instant();
        Optional<AccessStore.UserRow> row = store.user(user);
        if (row.isEmpty()) {
            hasher.burn(password);
            log.info("Login refused: unknown user");
            return new Login.Refused();
        }
        AccessStore.UserRow u = row.get();
        if (u.lockedUntil().isPresent() && u.lockedUntil().get().isAfter(now)) {
            log.info("Login refused: user {} is locked until {}", u.user(), u.lockedUntil().get());
            return new Login.Locked(u.lockedUntil().get());
        }
        if (!hasher.matches(password, u.passwordHash())) {
            Optional<Instant> locked = store.recordFailure(u.user(), settings.lockoutAttempts(),
                    now.plus(settings.lockoutDuration()));
            if (locked.isPresent()) {
                log.warn("User {} locked until {} after {} wrong passwords", u.user(), locked.get(),
                        settings.lockoutAttempts());
                return new Login.Locked(locked.get());
            }
            log.info("Login refused: wrong password for user {}", u.user());
            return new Login.Refused();
        }
        if (u.failedAttempts() > 0 || u.lockedUntil().isPresent()) {
            store.resetFailures(u.user());
        }
        String token = tokens.newSessionToken();
        Instant expires = now.plus(settings.sessionTtl());
        store.insertSession(Tokens.hash(token), u.user(), u.role(), now, expires);
        log.info("User {} ({}) logged in; session until {}", u.user(), u.role(), expires);
        return new Login.Granted(new SessionView(token, u.role(), expires));
    }

    /** Ends the session of {@code token}; false when there was none. */
    public boolean logout(String token) {
        return store.deleteSession(Tokens.hash(token));
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        if (token.length() > 200) {
            return Optional.empty();
        }
        Optional<AccessStore.Principal> p;
        if (token.startsWith(Tokens.SESSION_PREFIX)) {
            p = store.session(Tokens.hash(token), clock.instant());
        } else if (token.startsWith(Tokens.DEVICE_PREFIX)) {
            p = store.device(Tokens.hash(token));
        } else {
            p = Optional.empty();
        }
        return p.map(x -> new Caller(x.name(), x.role()));
    }

    /** What creating a user did. */
    public enum Created { CREATED, NAME_TAKEN }

    /**
     * Creates a receptionist or admin.
     *
     * @throws IllegalArgumentException for a bad name, a device role or a password out of bounds
     */
    public Created createUser(String user, String password, Role role) {
        checkName("user", user);
        if (role.device()) {
            throw new IllegalArgumentException("a user's role is ADMIN or RECEPTIONIST, not " + role);
        }
        checkPassword(password);
        boolean created = store.insertUser(user, role, hasher.hash(password), clock.instant());
        if (created) {
            log.info("User {} created with role {}", user, role);
        }
        return created ? Created.CREATED : Created.NAME_TAKEN;
    }

    /**
     * Sets a user's password and lifts a lock (an admin's reset; the demo uses it to sign its desk
     * in). Their sessions end. False when there is no such user.
     */
    public boolean resetPassword(String user, String password) {
        checkPassword(password);
        boolean done = store.setPassword(user, hasher.hash(password));
        if (done) {
            log.info("Password of user {} reset", user);
        }
        return done;
    }

    public List<UserView> users() {
        Instant now = clock.instant();
        return store.users().stream().map(u -> new UserView(u.user(), u.role(), u.createdAt(),
                u.lockedUntil().filter(t -> t.isAfter(now)))).toList();
    }

    public Optional<UserView> user(String user) {
        return users().stream().filter(u -> u.user().equals(user)).findFirst();
    }

    /** What deleting a user did. */
    public enum Deleted { DELETED, NO_SUCH_USER, LAST_ADMIN }

    public Deleted deleteUser(String user) {
        Deleted d = switch (store.deleteUser(user)) {
            case DELETED -> Deleted.DELETED;
            case NO_SUCH_USER -> Deleted.NO_SUCH_USER;
            case LAST_ADMIN -> Deleted.LAST_ADMIN;
        };
        if (d == Deleted.DELETED) {
            log.info("User {} deleted (their sessions ended)", user);
        }
        return d;
    }

    /**
     * Registers a device and returns its new token (shown once); a registered device gets a new
     * token and its old one stops working.
     *
     * @throws IllegalArgumentException for a bad id or a person's role
     */
    public String registerDevice(String id, Role role) {
        checkName("id", id);
        if (!role.device()) {
            throw new IllegalArgumentException("a device's role is KIOSK or DISPLAY, not " + role);
        }
        String token = tokens.newDeviceToken();
        store.putDevice(id, role, Tokens.hash(token), clock.instant());
        log.info("Device {} registered as {} (new token)", id, role);
        return token;
    }

    /** Revokes a device's token; false when there is no such active device. */
    public boolean revokeDevice(String id) {
        boolean revoked = store.revokeDevice(id, clock.instant());
        if (revoked) {
            log.info("Device {} revoked", id);
        }
        return revoked;
    }

    /** The registered devices: id, role, when registered, whether revoked. */
    public List<DeviceView> devices() {
        return store.devices().stream()
                .map(d -> new DeviceView(d.id(), d.role(), d.createdAt(), d.revokedAt())).toList();
    }

    /** A device as {@code GET /api/v1/devices} lists it (never its token). */
    public record DeviceView(String id, Role role, Instant createdAt, Optional<Instant> revokedAt) {
    }

    private static void checkName(String field, String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("field '" + field + "' must be 1 to 64 letters, digits or . _ @ -");
        }
    }

    private static void checkPassword(String password) {
        if (password.length() < MIN_PASSWORD || password.length() > vn.tiepdon.core.api.FieldLimits.PASSWORD) {
            throw new WeakPasswordException();
        }
    }

    /** A password shorter than {@link #MIN_PASSWORD} or longer than the field limit. */
    public static final class WeakPasswordException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        WeakPasswordException() {
            super("a password must be " + MIN_PASSWORD + " to " + vn.tiepdon.core.api.FieldLimits.PASSWORD
                    + " characters long");
        }
    }
}
