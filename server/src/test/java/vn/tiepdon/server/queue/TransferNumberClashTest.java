package vn.tiepdon.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.server.TestServer;

/** A transferred ticket keeps its number even when the receiving queue issued the same sequence. */
class TransferNumberClashTest {
    static final String CCCD_QR = "079090001234||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021";

    @Test
    void transfersA001IntoTheQueueThatIssuedB001() {
        try (TestServer server = TestServer.start()) {
            TicketView a1 = checkIn(server, "bhyt");
            TicketView b1 = checkIn(server, "service");
            assertThat(a1.number()).isEqualTo("A001");
            assertThat(b1.number()).isEqualTo("B001");

            TicketView moved = server.receptionist().transfer(a1.id(), TransferRequest.toQueue("service", "dịch vụ"))
                    .orElseThrow();

            assertThat(moved.queueId()).isEqualTo("service");
            assertThat(moved.number()).isEqualTo("A001");
            assertThat(moved.status()).isEqualTo(TicketStatus.WAITING);
            assertThat(checkIn(server, "service").number()).isEqualTo("B002");
            assertThat(checkIn(server, "bhyt").number()).isEqualTo("A002");
        }
    }

    private static TicketView checkIn(TestServer server, String queue) {
        return server.kiosk().checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.QR, CCCD_QR,
                Optional.empty(), Optional.of(queue))).ticket();
    }
}
