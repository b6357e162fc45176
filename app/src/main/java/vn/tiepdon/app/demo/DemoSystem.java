package vn.tiepdon.app.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.bhxhsim.BhxhSimulator;
import vn.tiepdon.bhxhsim.DemoPopulation;
import vn.tiepdon.bhxhsim.Population;
import vn.tiepdon.bhxhsim.SimSettings;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.server.HospitalSetup;
import vn.tiepdon.server.ReceptionServer;
import vn.tiepdon.server.access.AccessSettings;
import vn.tiepdon.server.access.AccessService;
import vn.tiepdon.server.access.PasswordHasher;
import vn.tiepdon.server.checkin.RetrySchedule;
import vn.tiepdon.server.eligibility.CheckinBudget;
import vn.tiepdon.server.eligibility.GatewayCredentials;
import vn.tiepdon.server.eligibility.GatewayEligibilityService;
import vn.tiepdon.server.eligibility.GatewayGuard;
import vn.tiepdon.server.eligibility.Pace;

/**
 * Everything of the demo in one process: bhxh-sim with its demo people, the reception server on an
 * H2 file under the data folder (with kiosk registration on, see {@link DemoClinics}), its
 * eligibility service logged in to the simulator over real HTTP, and a client for the kiosk, desk
 * and display.
 */
public final class DemoSystem implements AutoCloseable {
    /** Longer than any budget: the "gateway hangs" person really times out. */
    private static final long HANG_MILLIS = 6_000;
    /**
     * Pending lookups are retried once, a second after the check-in, so the demo shows a result
     * arriving at the desk within seconds (the server's default waits 10 s and retries 12 times).
     */
    public static final RetrySchedule DEMO_RETRIES = new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(2), 1);
    /** The demo's devices and people: registered (or given new credentials) at every start. */
    public static final String KIOSK_ID = "kiosk-1";
    public static final String DISPLAY_ID = "display-1";
    public static final String DESK_USER = "demo-quay";
    public static final String ADMIN_USER = "demo-admin";
    private final BhxhSimulator sim;
    private final ReceptionServer server;
    private final GatewayEligibilityService eligibility;
    private final HttpReceptionClient client;
    private final HttpReceptionClient kiosk;
    private final HttpReceptionClient desk;
    private final HttpReceptionClient display;
    private final Path home;
    private final DemoCards cards;
    private final Duration clientTimeout;

    private DemoSystem(BhxhSimulator sim, ReceptionServer server, GatewayEligibilityService eligibility,
                       HttpReceptionClient admin,
                       HttpReceptionClient kiosk, HttpReceptionClient desk, HttpReceptionClient display, Path home,
                       DemoCards cards, Duration clientTimeout) {
        this.cards = cards;
        this.clientTimeout = clientTimeout;
        this.sim = sim;
        this.server = server;
        this.eligibility = eligibility;
        this.client = admin;
        this.kiosk = kiosk;
        this.desk = desk;
        this.display = display;
        this.home = home;
    }

    /**
     * The configured guard without answer reuse: the demo's scenes look the same people up again after
     * changing bhxh-sim (a set-up error, a failing gateway) and must show the gateway's new answer.
     */
    static GatewayGuard.Settings askEveryTime(GatewayGuard.Settings configured) {
        return new GatewayGuard.Settings(configured.quota(), Duration.ZERO, configured.outageAfter(),
                configured.backgroundBudget());
    }

    public static DemoSystem start(Settings settings, Path home, Clock clock) throws IOException {
        return start(settings, settings.hospital(), Optional.empty(), home, clock);
    }

    /**
     * As {@link #start(Settings, Path, Clock)}, with the hospital's queues and counters given, and
     * optionally another database than the H2 file under {@code home} (a {@code jdbc:postgresql:}
     * URL; user and password from the URL or from {@code settings}, i.e. {@code TIEPDON_DB_USER} and
     * {@code TIEPDON_DB_PASSWORD}). The queue bench uses this for its counters.
     */
    public static DemoSystem start(Settings settings, HospitalSetup hospital, Optional<String> storageUrl, Path home,
                                   Clock clock) throws IOException {
        return start(settings, hospital, storageUrl, home, clock, Options.demo());
    }

    /**
     * What may differ from the demo: the people the simulator knows, the background retries' schedule,
     * answer reuse, the pace of the gateway's waits and how often the server looks for due retries. The
     * lookup bench's simulated morning runs a seeded population, the configured retry schedule and
     * guard, and a clock many times faster than real time ({@link Pace#faster}, a retry tick as much
     * shorter).
     *
     * @param reuseAnswers the configured guard as it is; false: without answer reuse (the demo's
     *                     {@link #askEveryTime})
     * @param anyPort      the server listens on any free port instead of the configured one when it is free
     */
    public record Options(Population population, RetrySchedule retries, boolean reuseAnswers, Pace pace,
                          Duration retryTick, boolean anyPort) {
        public Options {
            java.util.Objects.requireNonNull(population, "population");
            java.util.Objects.requireNonNull(retries, "retries");
            java.util.Objects.requireNonNull(pace, "pace");
            java.util.Objects.requireNonNull(retryTick, "retryTick");
        }

        /** The demo's: its people, {@link #DEMO_RETRIES}, no answer reuse, real time, the server's retry tick. */
        public static Options demo() {
            return new Options(DemoPopulation.create(), DEMO_RETRIES, false, Pace.REAL, ReceptionServer.RETRY_TICK,
                    false);
        }
    }

    /** As above, with {@code options} instead of the demo's population, retries and pace. */
    public static DemoSystem start(Settings settings, HospitalSetup hospital, Optional<String> storageUrl, Path home,
                                   Clock clock, Options options) throws IOException {
        Files.createDirectories(home);
        String account = settings.hospital().hospitalCode() + "_BV";
        SimSettings simSettings = SimSettings.demo().withHangMillis(HANG_MILLIS)
                .withAccounts(List.of(new SimSettings.Account(account, SimSettings.DEMO_PASSWORD)));
        BhxhSimulator sim = new BhxhSimulator(simSettings, options.population(), clock).start(0);
        try {
            GatewayCredentials credentials = new GatewayCredentials(sim.baseUrl(), account, SimSettings.DEMO_PASSWORD,
                    false, SimSettings.DEMO_STAFF_NAME, SimSettings.DEMO_STAFF_CCCD);
            String storage = storageUrl.orElseGet(
                    () -> "jdbc:h2:file:" + home.resolve("data").resolve("tiepdon").toAbsolutePath());
            Optional<String> dbUser = storageUrl.isPresent() ? settings.storageUser() : Optional.empty();
            Optional<String> dbPassword = storageUrl.isPresent() ? settings.storagePassword() : Optional.empty();
            int port = !options.anyPort() && isFree(settings.serverPort()) ? settings.serverPort() : 0;
            GatewayGuard.Settings guard = options.reuseAnswers() ? settings.guard() : askEveryTime(settings.guard());
            GatewayEligibilityService eligibility = GatewayEligibilityService.create(credentials,
                    CheckinBudget.forLookup(settings.gatewayBudget()), settings.breaker(), guard, clock,
                    options.pace());
            ReceptionServer server = ReceptionServer.start(new ReceptionServer.Settings(
                            DemoClinics.withKioskRegistration(hospital), storage, dbUser, dbPassword, "127.0.0.1",
                            port, AccessSettings.defaults(), settings.history()),
                    eligibility, eligibility.visitHistory(), options.retries(),
                    new PasswordHasher(new SecureRandom()), clock, options.retryTick());
            try {
                return signIn(settings, sim, server, eligibility, home, clock);
            } catch (RuntimeException | Error e) {
                server.close();
                throw e;
            }
        } catch (RuntimeException | Error e) {
            sim.close();
            throw e;
        }
    }

    /**
     * Access as a hospital would set it up, done in-process so that a demo user notices nothing: the
     * kiosk and the display get device tokens, the desk a receptionist's session, the scripted
     * morning an admin's session (passwords random, new at every start).
     */
    private static DemoSystem signIn(Settings settings, BhxhSimulator sim, ReceptionServer server,
                                     GatewayEligibilityService eligibility, Path home, Clock clock) {
        AccessService access = server.access();
        String url = server.baseUrl();
        HttpReceptionClient kiosk = new HttpReceptionClient(List.of(url),
                Optional.of(access.registerDevice(KIOSK_ID, Role.KIOSK)), settings.clientTimeout());
        HttpReceptionClient display = new HttpReceptionClient(List.of(url),
                Optional.of(access.registerDevice(DISPLAY_ID, Role.DISPLAY)), settings.clientTimeout());
        HttpReceptionClient desk = new HttpReceptionClient(List.of(url), Optional.empty(), settings.clientTimeout());
        desk.login(DESK_USER, ensureUser(access, DESK_USER, Role.RECEPTIONIST));
        HttpReceptionClient admin = new HttpReceptionClient(List.of(url), Optional.empty(), settings.clientTimeout());
        admin.login(ADMIN_USER, ensureUser(access, ADMIN_USER, Role.ADMIN));
        return new DemoSystem(sim, server, eligibility, admin, kiosk, desk, display, home, DemoCards.create(clock),
                settings.clientTimeout());
    }

    /**
     * A new client holding a device token for {@code id} with {@code role} ({@code KIOSK} or
     * {@code DISPLAY}); an id registered before gets a new token and its old one stops working.
     * The caller closes it.
     */
    public HttpReceptionClient deviceClient(String id, Role role) {
        return new HttpReceptionClient(List.of(server.baseUrl()), Optional.of(server.access().registerDevice(id, role)),
                clientTimeout);
    }

    /**
     * A new client logged in as the receptionist {@code user} (created, or given a new random
     * password when it exists). The caller closes it.
     */
    public HttpReceptionClient receptionistClient(String user) {
        HttpReceptionClient desk = new HttpReceptionClient(List.of(server.baseUrl()), Optional.empty(), clientTimeout);
        try {
            desk.login(user, ensureUser(server.access(), user, Role.RECEPTIONIST));
            return desk;
        } catch (RuntimeException e) {
            desk.close();
            throw e;
        }
    }

    /** Creates the user, or gives the existing one a new password; returns the password. */
    private static String ensureUser(AccessService access, String user, Role role) {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        if (access.createUser(user, password, role) == AccessService.Created.NAME_TAKEN
                && !access.resetPassword(user, password)) {
            throw new IllegalStateException("demo user " + user + " could not be signed in");
        }
        return password;
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** An admin's client: may do everything (the scripted morning's counter calls and statistics). */
    public HttpReceptionClient client() {
        return client;
    }

    /** The demo kiosk's client ({@value #KIOSK_ID}'s device token). */
    public HttpReceptionClient kioskClient() {
        return kiosk;
    }

    /** The desk's client (a receptionist's session). */
    public HttpReceptionClient deskClient() {
        return desk;
    }

    /** The hall display's client ({@value #DISPLAY_ID}'s device token). */
    public HttpReceptionClient displayClient() {
        return display;
    }

    public ReceptionServer server() {
        return server;
    }

    /** The server's eligibility service (its breaker and guard). */
    public GatewayEligibilityService eligibility() {
        return eligibility;
    }

    public BhxhSimulator sim() {
        return sim;
    }

    /** The virtual chip card reader and the demo's cards. */
    public DemoCards cards() {
        return cards;
    }

    public Path home() {
        return home;
    }

    /** Where the demo kiosk's ticket bytes go. */
    public Path printerFile() {
        return home.resolve("printer").resolve("kiosk-1.escpos");
    }

    @Override
    public void close() {
        cards.close();
        client.close();
        kiosk.close();
        desk.close();
        display.close();
        server.close();
        sim.close();
    }
}
