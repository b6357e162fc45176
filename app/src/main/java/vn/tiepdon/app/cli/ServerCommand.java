package vn.tiepdon.app.cli;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.app.config.ConfigException;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.server.ReceptionServer;
import vn.tiepdon.server.eligibility.CheckinBudget;
import vn.tiepdon.server.eligibility.GatewayCredentials;
import vn.tiepdon.server.eligibility.GatewayEligibilityService;

/** {@code server}: the reception server alone. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"Run the reception server alone: HTTP API and event stream for kiosks, desks and displays.",
                "Storage from server.storage (or TIEPDON_STORAGE, TIEPDON_DB_USER, TIEPDON_DB_PASSWORD).",
                "BHXH gateway: gateway.url (or TIEPDON_BHXH_URL) with TIEPDON_BHXH_USERNAME, TIEPDON_BHXH_PASSWORD,",
                "TIEPDON_BHXH_STAFF_NAME and TIEPDON_BHXH_STAFF_CCCD (the registered staff member).",
                "Access: access.lockout.*, access.sessionTtl; TIEPDON_ADMIN_PASSWORD (at least 8 characters) creates",
                "the user 'admin' at start when there is no admin yet."})
public final class ServerCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Option(names = "--port", description = "port to listen on (default: server.port)")
    Integer port;

    @Override
    public Integer call() throws Exception {
        Settings s = config.load();
        ReceptionServer.Settings serverSettings = serverSettings(s, Optional.ofNullable(port));
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putIfAbsent(GatewayCredentials.URL, s.gatewayUrl());
        GatewayCredentials credentials;
        try {
            credentials = GatewayCredentials.fromEnvironment(env).orElseThrow();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        Clock clock = Clock.system(s.hospital().zone());
        GatewayEligibilityService eligibility = GatewayEligibilityService.create(credentials,
                CheckinBudget.forLookup(s.gatewayBudget()), s.breaker(), s.guard(), clock);
        // the desk's visit history goes through the same guard and client (one budget, one token)
        ReceptionServer server = ReceptionServer.start(serverSettings, eligibility, eligibility.visitHistory(),
                s.retries(), clock);
        System.out.println("tiepdon server listening on " + s.serverHost() + ":" + server.port()
                + " (gateway " + s.gatewayUrl() + ", budget " + s.gatewayBudget().toMillis() + " ms). Ctrl-C stops.");
        Processes.runUntilStopped(server);
        return 0;
    }

    /**
     * The server's settings from the configuration, access included ({@code access.*} and
     * {@code TIEPDON_ADMIN_PASSWORD}).
     *
     * @throws ConfigException when {@code TIEPDON_ADMIN_PASSWORD} is set but too short: the server does not start
     */
    public static ReceptionServer.Settings serverSettings(Settings s, Optional<Integer> port) {
        s.checkAdminPassword();
        return new ReceptionServer.Settings(s.hospital(), s.storageUrl(), s.storageUser(), s.storagePassword(),
                s.serverHost(), port.orElse(s.serverPort()), s.access(), s.history());
    }
}
