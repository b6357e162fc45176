package vn.tiepdon.server;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Request;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.server.access.AccessService;
import vn.tiepdon.server.access.AccessSettings;
import vn.tiepdon.server.access.PasswordHasher;
import vn.tiepdon.server.checkin.RetrySchedule;
import vn.tiepdon.server.eligibility.EligibilityService;
import vn.tiepdon.server.eligibility.VisitHistorySource;
import vn.tiepdon.server.history.HistorySettings;

/**
 * A real {@link ReceptionServer} over HTTP with a caller of each role, for the tests that talk to
 * the server as kiosks, desks and displays do: the bootstrap admin and receptionist {@value #RECEPTIONIST}
 * logged in (sessions), kiosk {@value #KIOSK} and display {@value #DISPLAY} with a device token each.
 * Argon2 at a cheap test cost. {@link #restart()} stops and starts the server on the same database
 * and port: users, sessions and device tokens survive it, as in production.
 *
 * <p>Sessions last {@link #SESSION_TTL} here, so that tests moving the clock by days keep their
 * callers; session expiry and lockout are tested in {@code vn.tiepdon.server.access}.
 */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "admin-secret-1";
    public static final String RECEPTIONIST = "lan";
    public static final String RECEPTIONIST_PASSWORD = "quay-mot-123";
    public static final String KIOSK = "kiosk-1";
    public static final String DISPLAY = "hall-1";
    public static final Duration SESSION_TTL = Duration.ofDays(30);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final Builder settings;
    private final Map<Role, String> tokens = new EnumMap<>(Role.class);
    private final Map<Role, HttpReceptionClient> clients = new EnumMap<>(Role.class);
    private final List<HttpReceptionClient> extraClients = new ArrayList<>();
    private int port;
    private ReceptionServer server;

    private TestServer(Builder settings) {
        this.settings = settings;
        this.port = settings.port;
    }

    /** A server on a fresh in-memory H2 database whose gateway says ELIGIBLE (code 000). */
    public static TestServer start() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How the server is started; every setting has a default. */
    public static final class Builder {
        private String jdbcUrl = "jdbc:h2:mem:server" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        private int port;
        private EligibilityService eligibility = TestSetups.answering("000", LookupClass.ELIGIBLE);
        private RetrySchedule retries = RetrySchedule.defaults();
        private Clock clock = TestSetups.clock();
        private HospitalSetup setup = TestSetups.hospital();
        private AccessSettings access = new AccessSettings(5, Duration.ofMinutes(15), SESSION_TTL, Optional.empty());
        private VisitHistorySource history = VisitHistorySource.unavailable();
        private HistorySettings historySettings = HistorySettings.defaults();

        private Builder() {
        }

        /** The database ({@code jdbc:h2:file:...} to survive a restart, or PostgreSQL). */
        public Builder jdbcUrl(String url) {
            this.jdbcUrl = Objects.requireNonNull(url);
            return this;
        }

        /** A fixed port (0, the default, picks a free one at the first start). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder eligibility(EligibilityService eligibility) {
            this.eligibility = Objects.requireNonNull(eligibility);
            return this;
        }

        public Builder retries(RetrySchedule retries) {
            this.retries = Objects.requireNonNull(retries);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Lockout and session settings (the bootstrap admin password is always {@link #ADMIN_PASSWORD}). */
        public Builder access(AccessSettings access) {
            this.access = Objects.requireNonNull(access);
            return this;
        }

        /** Where the desk's visit history comes from (default: none configured, {@code NOT_SENT}). */
        public Builder history(VisitHistorySource history) {
            this.history = Objects.requireNonNull(history);
            return this;
        }

        /** The history budget and the window of checks by other facilities. */
        public Builder historySettings(HistorySettings historySettings) {
            this.historySettings = Objects.requireNonNull(historySettings);
            return this;
        }

        public Builder setup(HospitalSetup setup) {
            this.setup = Objects.requireNonNull(setup);
            return this;
        }

        /** Starts the server and signs each caller in. */
        public TestServer start() {
            TestServer s = new TestServer(this);
            s.startServer();
            try {
                s.signIn();
            } catch (RuntimeException e) {
                s.close();
                throw e;
            }
            return s;
        }
    }

    private void startServer() {
        AccessSettings access = settings.access.withBootstrapAdminPassword(Optional.of(ADMIN_PASSWORD));
        server = ReceptionServer.start(new ReceptionServer.Settings(settings.setup, settings.jdbcUrl,
                Optional.empty(), Optional.empty(), "127.0.0.1", port, access, settings.historySettings),
                settings.eligibility, settings.history, settings.retries, cheapHasher(), settings.clock);
        port = server.port();
    }

    /** Argon2id at a cost a test can afford (the production cost takes a noticeable fraction of a second). */
    public static PasswordHasher cheapHasher() {
        return new PasswordHasher(1024, 1, 1, new SecureRandom());
    }

    /**
     * Registers the devices, makes sure the receptionist exists with the known password (a
     * PostgreSQL database may keep users from an earlier run) and logs the people in over HTTP.
     */
    private void signIn() {
        AccessService access = server.access();
        access.resetPassword(AccessService.BOOTSTRAP_ADMIN, ADMIN_PASSWORD);
        if (access.createUser(RECEPTIONIST, RECEPTIONIST_PASSWORD, Role.RECEPTIONIST)
                == AccessService.Created.NAME_TAKEN) {
            access.resetPassword(RECEPTIONIST, RECEPTIONIST_PASSWORD);
        }
        tokens.put(Role.KIOSK, access.registerDevice(KIOSK, Role.KIOSK));
        tokens.put(Role.DISPLAY, access.registerDevice(DISPLAY, Role.DISPLAY));
        HttpReceptionClient admin = newClient(Optional.empty());
        tokens.put(Role.ADMIN, admin.login(AccessService.BOOTSTRAP_ADMIN, ADMIN_PASSWORD).token());
        clients.put(Role.ADMIN, admin);
        HttpReceptionClient receptionist = newClient(Optional.empty());
        tokens.put(Role.RECEPTIONIST, receptionist.login(RECEPTIONIST, RECEPTIONIST_PASSWORD).token());
        clients.put(Role.RECEPTIONIST, receptionist);
        clients.put(Role.KIOSK, newClient(Optional.of(tokens.get(Role.KIOSK))));
        clients.put(Role.DISPLAY, newClient(Optional.of(tokens.get(Role.DISPLAY))));
    }

    private HttpReceptionClient newClient(Optional<String> token) {
        return new HttpReceptionClient(List.of(baseUrl()), token, CALL_TIMEOUT);
    }

    /** The running server (its services, its access, its purger...). */
    public ReceptionServer server() {
        return server;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** The bearer token of the caller with {@code role}. */
    public String token(Role role) {
        return Objects.requireNonNull(tokens.get(role), "no caller with role " + role);
    }

    /** The client of the caller with {@code role}; it stays usable across {@link #restart()}. */
    public HttpReceptionClient client(Role role) {
        return Objects.requireNonNull(clients.get(role), "no caller with role " + role);
    }

    /** The bootstrap admin, logged in. */
    public HttpReceptionClient admin() {
        return client(Role.ADMIN);
    }

    /** Receptionist {@value #RECEPTIONIST}, logged in. */
    public HttpReceptionClient receptionist() {
        return client(Role.RECEPTIONIST);
    }

    /** Kiosk {@value #KIOSK}, with its device token. */
    public HttpReceptionClient kiosk() {
        return client(Role.KIOSK);
    }

    /** Display {@value #DISPLAY}, with its device token. */
    public HttpReceptionClient display() {
        return client(Role.DISPLAY);
    }

    /** Another client with {@code role}'s token (closed with this server), e.g. one with a shorter timeout. */
    public HttpReceptionClient newClient(Role role, Duration callTimeout) {
        HttpReceptionClient c = new HttpReceptionClient(List.of(baseUrl()), Optional.of(token(role)), callTimeout);
        extraClients.add(c);
        return c;
    }

    /** A request to {@code path} on this server carrying {@code role}'s token. */
    public Request.Builder request(Role role, String path) {
        return new Request.Builder().url(baseUrl() + path).header("Authorization", "Bearer " + token(role));
    }

    /** The database URL (the same across {@link #restart()}). */
    public String jdbcUrl() {
        return settings.jdbcUrl;
    }

    /** Stops the server (the clients stay; their calls fail until {@link #restart()}). */
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Starts the server again (stopping it first if it runs) on the same database and port. */
    public void restart() {
        stop();
        startServer();
    }

    @Override
    public void close() {
        clients.values().forEach(HttpReceptionClient::close);
        extraClients.forEach(HttpReceptionClient::close);
        stop();
    }
}
