package vn.tiepdon.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
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
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.server.TestServer;

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
        List<HallEvent> seen = new CopyOnWriteArrayList<>();
        try (TestServer server = TestServer.builder().jdbcUrl(url).port(port).start()) {
            HttpReceptionClient kiosk = server.kiosk();
            ReceptionApi.EventSubscription sub = server.display().subscribeHall(0, seen::add);
            await(sub::connected);
            CheckinResponse first = kiosk.checkIn(request());
            assertThat(first.ticket().number()).isEqualTo("A001");
            await(() -> seen.size() == 1);

            server.stop();
            await(() -> !sub.connected());
            // kiosks get a clear error while the server is down
            assertThatThrownBy(() -> kiosk.checkIn(request())).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.httpStatus()).isZero());
            server.restart();
            await(sub::connected);
            // the device tokens and the receptionist's session survived the restart
            CheckinResponse second = kiosk.checkIn(request());
            assertThat(second.ticket().number()).isEqualTo("A002");
            assertThat(server.receptionist().counter(CounterVerb.NEXT, "1")).map(t -> t.number()).contains("A001");
            await(() -> seen.size() == 3);
            assertThat(seen).extracting(HallEvent::type)
                    .containsExactly(EventType.TICKET_ISSUED, EventType.TICKET_ISSUED, EventType.TICKET_CALLED);
            assertThat(seen).extracting(e -> e.call().orElseThrow().number()).containsExactly("A001", "A002", "A001");
            assertThat(seen).extracting(HallEvent::id).isSorted().doesNotHaveDuplicates();
            sub.close();
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
