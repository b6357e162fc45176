package vn.tiepdon.bhxhsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.testing.Conditions;
import vn.tiepdon.core.testing.MutableClock;

/** Slow answers, their concurrency, and the outage switch, over real HTTP. */
class OutageAndLatencyTest {

    private static final SimPerson AN = DemoPopulation.ELIGIBLE_BY_CCCD;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T03:00:00Z"));
    private BhxhSimulator sim;
    private SimClient client;
    private SimClient impatient;

    @BeforeEach
    void start() {
        sim = new BhxhSimulator(SimSettings.demo(), DemoPopulation.create(), clock).start(0);
        client = new SimClient(sim.baseUrl(), Duration.ofSeconds(20));
        impatient = new SimClient(sim.baseUrl(), Duration.ofMillis(300));
    }

    @AfterEach
    void stop() {
        client.shutdown();
        impatient.shutdown();
        sim.close();
    }

    @Test
    void slowAnswersDoNotHoldEachOtherUp() throws Exception {
        SimClient.Token token = client.demoToken();
        sim.setFaults(new SimSettings.Faults(300, 0, 0, 0, 0));
        int count = 50;
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                boolean history = i % 2 == 1;
                statuses.add(pool.submit(() -> {
                    go.await();
                    return history ? client.history(token, AN.cccd(), AN.fullName(), "05/03/1985").status()
                            : client.lookUp(token, AN.cccd(), AN.fullName(), "05/03/1985").status();
                }));
            }
            go.countDown();
            for (Future<Integer> status : statuses) {
                assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(sim.peakInFlight()).isGreaterThanOrEqualTo(20);
        assertThat(sim.inFlight()).isZero();
        assertThat(sim.lookupRequests()).isEqualTo(25);
        assertThat(sim.historyRequests()).isEqualTo(25);
    }

    @Test
    void latencyDelaysTheHistoryAnswerToo() throws IOException {
        SimClient.Token token = client.demoToken();
        sim.setFaults(new SimSettings.Faults(300, 100, 0, 0, 0));

        long start = System.nanoTime();
        SimClient.Reply reply = client.history(token, AN.cccd(), AN.fullName(), "05/03/1985");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void theServerHasThreadsAndPatienceForManySlowAnswers() {
        assertThat(BhxhSimulator.MAX_THREADS).isGreaterThanOrEqualTo(200);
        assertThat(BhxhSimulator.IDLE_TIMEOUT_MILLIS).isGreaterThan(60_000 + 30_000);
    }

    @Test
    void downHoldsEveryRequestWithNoAnswerAndCountsIt() throws Exception {
        SimClient.Token token = impatient.demoToken();
        sim.setDown(true);

        assertThatThrownBy(() -> impatient.lookUp(token, AN.cccd(), "", "")).isInstanceOf(InterruptedIOException.class);
        assertThatThrownBy(() -> impatient.history(token, AN.cccd(), "", "")).isInstanceOf(InterruptedIOException.class);
        assertThatThrownBy(impatient::demoToken).isInstanceOf(InterruptedIOException.class);

        await(() -> sim.lookupRequests() == 1 && sim.historyRequests() == 1 && sim.tokenRequests() == 2);
        assertThat(sim.requestsOf(SimSettings.DEMO_USERNAME)).isEqualTo(2);
        assertThat(sim.inFlight()).isEqualTo(3);

        sim.setDown(false);
        await(() -> sim.inFlight() == 0);
        assertThat(client.lookUp(client.demoToken(), AN.cccd(), "", "").status()).isEqualTo(200);
    }

    @Test
    void downAnswersNotASingleByte() throws Exception {
        SimClient.Token token = client.demoToken();
        sim.setDown(true);
        try (Socket socket = rawLookup(token)) {
            socket.setSoTimeout(300);
            InputStream in = socket.getInputStream();
            assertThatThrownBy(in::read).isInstanceOf(SocketTimeoutException.class);

            sim.setDown(false);
            socket.setSoTimeout(10_000);
            assertThat(readAll(in)).isEmpty();
        }
        assertThat(sim.lookupRequests()).isEqualTo(1);
    }

    @Test
    void outageCanBeSwitchedOverHttp() throws Exception {
        SimClient.Token token = client.demoToken();

        SimClient.Reply on = client.postJson("/admin/down", "{\"down\":true}");
        assertThat(on.status()).isEqualTo(200);
        assertThat(sim.down()).isTrue();
        assertThat(client.get("/admin/down").json().get("down").asBoolean()).isTrue();
        assertThatThrownBy(() -> impatient.lookUp(token, AN.cccd(), "", "")).isInstanceOf(InterruptedIOException.class);

        client.postJson("/admin/down", "{\"down\":false}");
        assertThat(sim.down()).isFalse();
        assertThat(client.lookUp(token, AN.cccd(), "", "").status()).isEqualTo(200);
        await(() -> sim.inFlight() == 0);
        assertThat(client.get("/admin/counters").json().get("lookupRequests").asLong()).isEqualTo(2);
    }

    @Test
    void refusesAnInvalidDownBody() throws IOException {
        SimClient.Reply refused = client.postJson("/admin/down", "{\"down\":\"yes\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(sim.down()).isFalse();
    }

    @Test
    void simulatorCanStartDown() throws Exception {
        sim.close();
        sim = new BhxhSimulator(SimSettings.demo().withDown(true), DemoPopulation.create(), clock).start(0);
        SimClient local = new SimClient(sim.baseUrl(), Duration.ofMillis(300));
        try {
            assertThatThrownBy(local::demoToken).isInstanceOf(InterruptedIOException.class);
            await(() -> sim.tokenRequests() == 1);
        } finally {
            local.shutdown();
        }
    }

    @Test
    void closeDropsConnectionsHeldByAnOutage() throws Exception {
        SimClient.Token token = client.demoToken();
        sim.setDown(true);
        try (Socket socket = rawLookup(token)) {
            await(() -> sim.inFlight() == 1);
            socket.setSoTimeout(10_000);
            sim.close();
            assertThat(readAll(socket.getInputStream())).isEmpty();
        }
    }

    /** Sends a card check on a bare socket, so the test sees exactly the bytes that come back. */
    private Socket rawLookup(SimClient.Token token) throws IOException {
        URI base = URI.create(sim.baseUrl());
        String body = "{\"maThe\":\"" + AN.cccd() + "\",\"hoTen\":\"\",\"ngaySinh\":\"\",\"hoTenCb\":\""
                + SimSettings.DEMO_STAFF_NAME + "\",\"cccdCb\":\"" + SimSettings.DEMO_STAFF_CCCD + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/egw/KQNhanLichSuKCB2024?token=" + token.accessToken() + "&id_token=" + token.idToken()
                + "&username=" + token.username() + "&password=" + Md5.hex(SimSettings.DEMO_PASSWORD) + " HTTP/1.1\r\n"
                + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                + "Content-Type: application/json; charset=utf-8\r\n"
                + "Content-Length: " + bytes.length + "\r\n\r\n";
        Socket socket = new Socket(base.getHost(), base.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
        return socket;
    }

    /** Every byte until the server closes the connection (a reset counts as closed). */
    private static byte[] readAll(InputStream in) throws IOException {
        try {
            return in.readAllBytes();
        } catch (SocketTimeoutException e) {
            throw e;
        } catch (IOException reset) {
            return new byte[0];
        }
    }

    /** Waits for a condition the simulator reaches on its own threads (no fixed sleep). */
    private static void await(BooleanSupplier condition) {
        Conditions.await("the simulator", Duration.ofSeconds(20), condition);
    }
}
