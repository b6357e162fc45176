package vn.tiepdon.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.server.ReceptionServer;
import vn.tiepdon.server.TestSetups;

/** The tiepdon client against the real server, across a server restart on the same H2 file. */
class ClientAgainstServerTest {
    static final String CCCD_QR = "079090001234||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021";

    @TempDir
    Path dir;

    @Test
    void aServerRestartedMidDayKeepsNumberingAndTheDisplayMissesNoEvent() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "jdbc:h2:file:" + dir.resolve("tiepdon").toAbsolutePath();
        ReceptionServer.Settings settings = new ReceptionServer.Settings(TestSetups.hospital(), url,
                Optional.empty(), Optional.empty(), "127.0.0.1", port);
        List<ReceptionEvent> seen = new CopyOnWriteArrayList<>();
        ReceptionServer server = ReceptionServer.start(settings, TestSetups.answering("000", LookupClass.ELIGIBLE),
                TestSetups.clock());
        try (HttpReceptionClient client = new HttpReceptionClient(List.of("http://127.0.0.1:" + port),
                Optional.empty(), Duration.ofSeconds(10))) {
            ReceptionApi.EventSubscription sub = client.subscribe(0, seen::add);
            await(sub::connected);
            CheckinResponse first = client.checkIn(request());
            assertThat(first.ticket().number()).isEqualTo("A001");
            await(() -> seen.size() == 1);

            server.close();
            await(() -> !sub.connected());
            // kiosks get a clear error while the server is down
            try {
                client.checkIn(request());
            } catch (ApiException e) {
                assertThat(e.httpStatus()).isZero();
            }
            server = ReceptionServer.start(settings, TestSetups.answering("000", LookupClass.ELIGIBLE),
                    TestSetups.clock());
            await(sub::connected);
            CheckinResponse second = client.checkIn(request());
            assertThat(second.ticket().number()).isEqualTo("A002");
            assertThat(client.callNext("1")).map(t -> t.number()).contains("A001");
            await(() -> seen.size() == 3);
            assertThat(seen).extracting(ReceptionEvent::type)
                    .containsExactly(ReceptionEvent.TICKET_ISSUED, ReceptionEvent.TICKET_ISSUED,
                            ReceptionEvent.TICKET_CALLED);
            assertThat(seen).extracting(ReceptionEvent::id).isSorted().doesNotHaveDuplicates();
            sub.close();
        } finally {
            server.close();
        }
    }

    private static CheckinRequest request() {
        return new CheckinRequest("kiosk-1", IdentificationMethod.QR, CCCD_QR, Optional.empty(), Optional.empty());
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(20);
        }
    }
}
