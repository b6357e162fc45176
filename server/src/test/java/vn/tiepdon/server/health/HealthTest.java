package vn.tiepdon.server.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.server.ReceptionServer;
import vn.tiepdon.server.TestSetups;
import vn.tiepdon.server.http.ApiJson;
import vn.tiepdon.server.http.ApiServer;

/** {@code GET /api/v1/health}: 200 while the database answers, 503 when it does not. */
class HealthTest {
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(20)).build();
    private final JsonMapper json = ApiJson.create();
    private AutoCloseable running;

    @AfterEach
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
        http.dispatcher().executorService().shutdown();
    }

    private Response health(String base) throws IOException {
        return http.newCall(new Request.Builder().url(base + "/api/v1/health").build()).execute();
    }

    @Test
    void answers503WhenTheProbeSaysTheDatabaseIsDown() throws IOException {
        AtomicReference<Optional<String>> problem = new AtomicReference<>(Optional.empty());
        ApiServer api = new ApiServer(List.of(new HealthRoutes(t -> problem.get(), Duration.ofSeconds(1))),
                token -> Optional.empty(), json).start("127.0.0.1", 0);
        running = api;
        String base = "http://127.0.0.1:" + api.port();
        try (Response r = health(base)) {
            assertThat(r.code()).isEqualTo(200);
            assertThat(json.readTree(r.body().string()).get("status").asText()).isEqualTo("UP");
        }
        problem.set(Optional.of("no answer within 1000 ms"));
        try (Response r = health(base)) {
            assertThat(r.code()).isEqualTo(503);
            JsonNode body = json.readTree(r.body().string());
            assertThat(body.get("status").asText()).isEqualTo("DOWN");
            assertThat(body.get("database").asText()).isEqualTo("DOWN");
        }
    }

    @Test
    void theRealServerIsUpOnH2() throws IOException {
        ReceptionServer server = ReceptionServer.start(new ReceptionServer.Settings(TestSetups.hospital(),
                "jdbc:h2:mem:health" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", Optional.empty(), Optional.empty(),
                "127.0.0.1", 0), TestSetups.answering("000", vn.tiepdon.core.eligibility.LookupClass.ELIGIBLE),
                TestSetups.clock());
        running = server;
        try (Response r = health(server.baseUrl())) {
            assertThat(r.code()).isEqualTo(200);
        }
    }

    /** PostgreSQL behind a TCP relay the test cuts: the health check turns to 503, then back to 200. */
    @Test
    void answers503WhenPostgresBecomesUnreachable() throws Exception {
        Optional<String> pg = TestSetups.postgresUrl();
        assumeTrue(pg.isPresent(), "TIEPDON_TEST_PG_URL is not set: PostgreSQL health test skipped");
        String url = pg.get();
        java.net.URI uri = java.net.URI.create(url.substring("jdbc:".length()));
        try (Relay relay = new Relay(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort()))) {
            String viaRelay = url.replaceFirst("//[^/]+/", "//127.0.0.1:" + relay.port() + "/");
            ReceptionServer server = ReceptionServer.start(new ReceptionServer.Settings(TestSetups.hospital(), viaRelay,
                    Optional.empty(), Optional.empty(), "127.0.0.1", 0),
                    TestSetups.answering("000", vn.tiepdon.core.eligibility.LookupClass.ELIGIBLE), TestSetups.clock());
            running = server;
            try (Response r = health(server.baseUrl())) {
                assertThat(r.code()).isEqualTo(200);
            }
            relay.cut();
            try (Response r = health(server.baseUrl())) {
                assertThat(r.code()).isEqualTo(503);
                assertThat(json.readTree(r.body().string()).get("status").asText()).isEqualTo("DOWN");
            }
            relay.resume();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int status;
            do {
                try (Response r = health(server.baseUrl())) {
                    status = r.code();
                }
            } while (status != 200 && System.nanoTime() < deadline);
            assertThat(status).as("health after the database came back").isEqualTo(200);
        }
    }

    /** A TCP relay to the database that can drop every connection and refuse new ones. */
    private static final class Relay implements AutoCloseable {
        private final InetSocketAddress target;
        private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final Set<Socket> open = ConcurrentHashMap.newKeySet();
        private volatile boolean cut;
        private final Thread acceptor;

        Relay(InetSocketAddress target) throws IOException {
            this.target = target;
            acceptor = new Thread(this::accept, "pg-relay");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        private void accept() {
            while (!listener.isClosed()) {
                try {
                    Socket client = listener.accept();
                    if (cut) {
                        client.close();
                        continue;
                    }
                    Socket server = new Socket(target.getAddress(), target.getPort());
                    open.add(client);
                    open.add(server);
                    pump(client, server);
                    pump(server, client);
                } catch (IOException e) {
                    // listener closed, or the target refused: the client sees its connection end
                }
            }
        }

        private void pump(Socket from, Socket to) {
            Thread t = new Thread(() -> {
                byte[] buf = new byte[8192];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    int n;
                    while ((n = in.read(buf)) >= 0) {
                        out.write(buf, 0, n);
                    }
                } catch (IOException e) {
                    // one side closed
                } finally {
                    close(from);
                    close(to);
                }
            }, "pg-relay-pump");
            t.setDaemon(true);
            t.start();
        }

        /** Drops every relayed connection and refuses new ones. */
        void cut() {
            cut = true;
            open.forEach(Relay::close);
            open.clear();
        }

        void resume() {
            cut = false;
        }

        private static void close(Socket s) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already closed
            }
        }

        @Override
        public void close() throws IOException {
            cut();
            listener.close();
        }
    }
}
