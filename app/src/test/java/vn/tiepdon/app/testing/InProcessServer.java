package vn.tiepdon.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.app.cli.ServerCommand;
import vn.tiepdon.app.config.ConfigLoader;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.server.ReceptionServer;
import vn.tiepdon.server.access.PasswordHasher;
import vn.tiepdon.server.checkin.RetrySchedule;

/**
 * A reception server as {@code ./tiepdon server} starts it (configuration file, environment,
 * {@link ServerCommand#serverSettings}), in-process on an H2 file under a test's folder, with a
 * fake eligibility service and a cheap password hash. {@link #clientSettings()} is the same
 * configuration as a kiosk, desk or display on another machine reads it (its servers: this one).
 */
public final class InProcessServer implements AutoCloseable {
    public static final String ADMIN_PASSWORD = "admin-password-1";
    public static final String HOSPITAL = "Bệnh viện Thử Truy Cập";

    private final ReceptionServer server;
    private final Path config;
    private final Map<String, String> env;

    private InProcessServer(ReceptionServer server, Path config, Map<String, String> env) {
        this.server = server;
        this.config = config;
        this.env = env;
    }

    /** A server with {@code TIEPDON_ADMIN_PASSWORD=}{@link #ADMIN_PASSWORD}; {@code access} is YAML under {@code access:}. */
    public static InProcessServer start(Path dir, int port, String access, Clock clock) {
        return start(dir, port, access, Map.of("TIEPDON_ADMIN_PASSWORD", ADMIN_PASSWORD), clock);
    }

    public static InProcessServer start(Path dir, int port, String access, Map<String, String> env, Clock clock) {
        Path config = dir.resolve("tiepdon.yaml");
        String yaml = "hospital: { code: \"01999\", name: \"" + HOSPITAL + "\" }\n"
                + "server:\n  host: \"127.0.0.1\"\n  port: " + port + "\n"
                + "  storage: \"jdbc:h2:file:" + dir.resolve("data").resolve("tiepdon").toAbsolutePath() + "\"\n"
                + "queues:\n  - { id: bhyt, prefix: A, name: \"Khám BHYT\" }\n"
                + "counters:\n  - { id: \"1\", name: \"Quầy 1\", serves: [bhyt] }\n"
                + "  - { id: \"2\", name: \"Quầy 2\", serves: [bhyt] }\n"
                + "client:\n  servers: [\"http://127.0.0.1:1\"]\n  timeout: \"5s\"\n"
                + (access.isBlank() ? "" : "access:\n" + access.indent(2));
        try {
            Files.writeString(config, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Settings settings = new ConfigLoader().load(Optional.of(config), env);
        ReceptionServer server = ReceptionServer.start(ServerCommand.serverSettings(settings, Optional.empty()),
                request -> new LookupOutcome.Answered("000", LookupClass.ELIGIBLE, "Thẻ BHYT hợp lệ.", "Mã 000",
                        Optional.empty(), 5, 1),
                RetrySchedule.defaults(), new PasswordHasher(64, 1, 1, new SecureRandom()), clock);
        return new InProcessServer(server, config, env);
    }

    /** A port nobody listens on now (for a server that starts later). */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public ReceptionServer server() {
        return server;
    }

    /** The configuration as a client machine reads it: {@code client.servers} is this server. */
    public Settings clientSettings() {
        return clientSettings(Map.of());
    }

    /** As {@link #clientSettings()}, with more environment variables. */
    public Settings clientSettings(Map<String, String> more) {
        Map<String, String> clientEnv = new HashMap<>(more);
        clientEnv.put("TIEPDON_SERVER_URLS", baseUrl());
        return new ConfigLoader().load(Optional.of(config), clientEnv);
    }

    /** The server's own environment. */
    public Map<String, String> env() {
        return env;
    }

    @Override
    public void close() {
        server.close();
    }
}
