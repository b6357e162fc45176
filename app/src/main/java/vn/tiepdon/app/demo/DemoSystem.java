package vn.tiepdon.app.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.bhxhsim.BhxhSimulator;
import vn.tiepdon.bhxhsim.DemoPopulation;
import vn.tiepdon.bhxhsim.SimSettings;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.server.ReceptionServer;
import vn.tiepdon.server.checkin.RetrySchedule;
import vn.tiepdon.server.eligibility.CheckinBudget;
import vn.tiepdon.server.eligibility.GatewayCredentials;
import vn.tiepdon.server.eligibility.GatewayEligibilityService;

/**
 * Everything of the demo in one process: bhxh-sim with its demo people, the reception server on an
 * H2 file under the data folder, its eligibility service logged in to the simulator over real HTTP,
 * and a client for the kiosk, desk and display.
 */
public final class DemoSystem implements AutoCloseable {
    /** Longer than any budget: the "gateway hangs" person really times out. */
    private static final long HANG_MILLIS = 6_000;
    /**
     * Pending lookups are retried once, a second after the check-in, so the demo shows a result
     * arriving at the desk within seconds (the server's default waits 10 s and retries 12 times).
     */
    public static final RetrySchedule DEMO_RETRIES = new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(2), 1);
    private final BhxhSimulator sim;
    private final ReceptionServer server;
    private final HttpReceptionClient client;
    private final Path home;
    private final DemoCards cards;

    private DemoSystem(BhxhSimulator sim, ReceptionServer server, HttpReceptionClient client, Path home,
                       DemoCards cards) {
        this.cards = cards;
        this.sim = sim;
        this.server = server;
        this.client = client;
        this.home = home;
    }

    public static DemoSystem start(Settings settings, Path home, Clock clock) throws IOException {
        Files.createDirectories(home);
        String account = settings.hospital().hospitalCode() + "_BV";
        SimSettings simSettings = SimSettings.demo().withHangMillis(HANG_MILLIS)
                .withAccounts(List.of(new SimSettings.Account(account, SimSettings.DEMO_PASSWORD)));
        BhxhSimulator sim = new BhxhSimulator(simSettings, DemoPopulation.create(), clock).start(0);
        try {
            GatewayCredentials credentials = new GatewayCredentials(sim.baseUrl(), account, SimSettings.DEMO_PASSWORD,
                    false, SimSettings.DEMO_STAFF_NAME, SimSettings.DEMO_STAFF_CCCD);
            String storage = "jdbc:h2:file:" + home.resolve("data").resolve("tiepdon").toAbsolutePath();
            int port = isFree(settings.serverPort()) ? settings.serverPort() : 0;
            ReceptionServer server = ReceptionServer.start(new ReceptionServer.Settings(settings.hospital(), storage,
                            Optional.empty(), Optional.empty(), "127.0.0.1", port),
                    GatewayEligibilityService.create(credentials, CheckinBudget.forLookup(settings.gatewayBudget()), clock),
                    DEMO_RETRIES,
                    clock);
            HttpReceptionClient client = new HttpReceptionClient(List.of(server.baseUrl()), Optional.empty(),
                    settings.clientTimeout());
            return new DemoSystem(sim, server, client, home, DemoCards.create(clock));
        } catch (RuntimeException | Error e) {
            sim.close();
            throw e;
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public HttpReceptionClient client() {
        return client;
    }

    public ReceptionServer server() {
        return server;
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
        server.close();
        sim.close();
    }
}
