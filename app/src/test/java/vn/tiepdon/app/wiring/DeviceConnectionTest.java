package vn.tiepdon.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.app.testing.InProcessServer;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.core.access.Role;

/**
 * A kiosk or display connecting with its device token ({@link ServerConnection#connectDevice}):
 * against a real server; a refused token ends the wait, an absent server is waited for.
 */
class DeviceConnectionTest {
    private static final Duration QUICK = Duration.ofMillis(100);
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-22T01:00:00Z"),
            java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Optional<ServerConnection.Device> connect(Settings s, Map<String, String> env, Role role)
            throws InterruptedException {
        return ServerConnection.connectDevice(s, env, "kiosk-1", role, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), QUICK);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRegisteredTokenFromTheEnvironmentGetsTheSetup() throws InterruptedException {
        try (InProcessServer server = InProcessServer.start(dir, 0, "", clock)) {
            String token = server.server().access().registerDevice("kiosk-1", Role.KIOSK);

            Optional<ServerConnection.Device> device = connect(server.clientSettings(),
                    Map.of("TIEPDON_DEVICE_TOKEN", token), Role.KIOSK);

            assertThat(device).isPresent();
            assertThat(device.get().setup().hospitalName()).isEqualTo(InProcessServer.HOSPITAL);
            assertThat(device.get().client().token()).contains(token);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("device token of kiosk-1 from TIEPDON_DEVICE_TOKEN")
                    .doesNotContain(token);
            device.get().client().close();
        }
    }

    @Test
    void aTokenFileNamedInTheConfigurationWorks() throws IOException, InterruptedException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "needs POSIX");
        try (InProcessServer server = InProcessServer.start(dir, 0, "", clock)) {
            Path file = dir.resolve("kiosk-1.token");
            Files.writeString(file, server.server().access().registerDevice("kiosk-1", Role.KIOSK) + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            Settings s = settingsWithTokenFile(server, file);

            Optional<ServerConnection.Device> device = connect(s, Map.of(), Role.KIOSK);

            assertThat(device).isPresent();
            device.get().client().close();
        }
    }

    private Settings settingsWithTokenFile(InProcessServer server, Path file) throws IOException {
        Path config = dir.resolve("tiepdon.yaml");
        String yaml = Files.readString(config).replace("  timeout: \"5s\"\n",
                "  timeout: \"5s\"\n  tokenFile: \"" + file + "\"\n");
        Path clientConfig = dir.resolve("client.yaml");
        Files.writeString(clientConfig, yaml);
        return new vn.tiepdon.app.config.ConfigLoader().load(Optional.of(clientConfig),
                Map.of("TIEPDON_SERVER_URLS", server.baseUrl()));
    }

    @Test
    void withoutATokenSaysHowToGetOneInsteadOfWaiting() throws InterruptedException {
        try (InProcessServer server = InProcessServer.start(dir, 0, "", clock)) {
            assertThat(connect(server.clientSettings(), Map.of(), Role.KIOSK)).isEmpty();
            assertThat(err()).contains("no device token", "./tiepdon device-token --id kiosk-1 --role KIOSK");
        }
    }

    @Test
    void aWrongTokenEndsTheWaitWithAClearMessage() throws Exception {
        try (InProcessServer server = InProcessServer.start(dir, 0, "", clock)) {
            CompletableFuture<Optional<ServerConnection.Device>> result = CompletableFuture.supplyAsync(() -> {
                try {
                    return connect(server.clientSettings(), Map.of("TIEPDON_DEVICE_TOKEN", "dev_wrong"), Role.KIOSK);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(result.get(20, TimeUnit.SECONDS)).isEmpty();
            assertThat(err()).contains("the server at " + server.baseUrl() + " refused this kiosk's device token "
                    + "(UNAUTHENTICATED)", "Waiting will not help", "./tiepdon device-token --id kiosk-1 --role KIOSK");
            assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("waiting for the server");
        }
    }

    @Test
    void aRevokedTokenEndsTheWaitToo() throws Exception {
        try (InProcessServer server = InProcessServer.start(dir, 0, "", clock)) {
            String token = server.server().access().registerDevice("kiosk-1", Role.KIOSK);
            server.server().access().revokeDevice("kiosk-1");

            assertThat(connect(server.clientSettings(), Map.of("TIEPDON_DEVICE_TOKEN", token), Role.KIOSK)).isEmpty();
            assertThat(err()).contains("refused this kiosk's device token");
        }
    }

    @Test
    void aForbiddenAnswerEndsTheWaitAndNamesTheRoleNeeded() throws InterruptedException {
        ServerConnection.Outcome outcome = ServerConnection.awaitSetup(new RefusingApi(403), List.of("http://s:8420"),
                new PrintStream(out, true, StandardCharsets.UTF_8), "display-1", Role.DISPLAY, QUICK);
        assertThat(outcome).isInstanceOfSatisfying(ServerConnection.Outcome.Refused.class, r -> {
            assertThat(r.httpStatus()).isEqualTo(403);
            assertThat(r.message()).contains("(FORBIDDEN)", "a display needs a DISPLAY token",
                    "./tiepdon device-token --id display-1 --role DISPLAY");
        });
    }

    @Test
    void anUnreachableServerIsWaitedForUntilItComesUp() throws Exception {
        String token;
        Path first = dir.resolve("first");
        Files.createDirectories(first);
        try (InProcessServer server = InProcessServer.start(first, 0, "", clock)) {
            token = server.server().access().registerDevice("kiosk-1", Role.KIOSK);
        }
        int port = InProcessServer.freePort();
        CountDownLatch waiting = new CountDownLatch(1);
        PrintStream watched = new PrintStream(new OutputStream() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(int b) {
                out.write(b);
                line.append((char) b);
                if (line.toString().contains("waiting for the server")) {
                    waiting.countDown();
                }
            }
        }, true, StandardCharsets.UTF_8);
        Settings s = new vn.tiepdon.app.config.ConfigLoader().load(Optional.of(first.resolve("tiepdon.yaml")),
                Map.of("TIEPDON_SERVER_URLS", "http://127.0.0.1:" + port));
        CompletableFuture<Optional<ServerConnection.Device>> result = CompletableFuture.supplyAsync(() -> {
            try {
                return ServerConnection.connectDevice(s, Map.of("TIEPDON_DEVICE_TOKEN", token), "kiosk-1", Role.KIOSK,
                        watched, new PrintStream(err, true, StandardCharsets.UTF_8), QUICK);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(waiting.await(20, TimeUnit.SECONDS)).as("says it waits").isTrue();
        assertThat(result).isNotDone();
        // the same database (and so the same device token) comes up on the port the kiosk waits for
        Files.move(first.resolve("data"), dir.resolve("data"));
        try (InProcessServer server = InProcessServer.start(dir, port, "", clock)) {
            Optional<ServerConnection.Device> device = result.get(20, TimeUnit.SECONDS);
            assertThat(device).isPresent();
            assertThat(device.get().setup().hospitalName()).isEqualTo(InProcessServer.HOSPITAL);
            device.get().client().close();
        } catch (ExecutionException | TimeoutException e) {
            result.cancel(true);
            throw e;
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("tiepdon: waiting for the server at http://127.0.0.1:"
                + port);
        assertThat(err()).isEmpty();
    }

    /** A server whose every answer to the setup is {@code status}. */
    private record RefusingApi(int status) implements ReceptionApi {
        @Override
        public SetupView setup() {
            ErrorCode code = status == 403 ? ErrorCode.FORBIDDEN : ErrorCode.UNAUTHENTICATED;
            throw new ApiException(status, new ApiError(code, "refused", "refused"));
        }

        @Override
        public CheckinResponse checkIn(CheckinRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TicketView> tickets(Optional<TicketStatus> status) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<TicketView> counter(CounterVerb verb, String counterId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void uploadPortrait(long ticketId, Portrait portrait) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Portrait> portrait(long ticketId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EventSubscription subscribe(long afterEventId, java.util.function.Consumer<ReceptionEvent> listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public EventSubscription subscribeHall(long afterEventId, java.util.function.Consumer<HallEvent> listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Optional<vn.tiepdon.core.api.CounterView> counterState(vn.tiepdon.core.queue.CounterVerb verb,
                String counterId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TicketView call(String counterId, String number) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Optional<TicketView> transfer(long ticketId, vn.tiepdon.core.api.TransferRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TicketView returnToQueue(long ticketId, vn.tiepdon.core.api.ReturnRequest.Position position) {
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
        public TicketView override(long lookupId, vn.tiepdon.core.api.LookupOverride request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.List<vn.tiepdon.core.api.AuditEntry> lookupAudit(long lookupId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public vn.tiepdon.core.api.VisitHistoryView visitHistory(long lookupId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<vn.tiepdon.core.api.CounterView> counters() {
            throw new UnsupportedOperationException();
        }
    }
}
