package vn.tiepdon.devices.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TcpPrinterChannelTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SHORT_TIMEOUT = Duration.ofMillis(300);

    private final byte[] ticket = new EscPosSlipRenderer(576).render(Slips.slip());

    @Test
    void sendsTicketExactlyWhenPrinterReportsPaperPresent() throws Exception {
        try (JetDirectPeer printer = JetDirectPeer.answering(Map.of(4, 0x12, 2, 0x12))) {
            TcpPrinterChannel channel = new TcpPrinterChannel("127.0.0.1", printer.port(), TIMEOUT);

            PrintResult result = channel.send(ticket);

            assertThat(result).isEqualTo(new PrintResult.Printed(ticket.length, "tcp://127.0.0.1:" + printer.port()));
            JetDirectPeer.Connection connection = printer.nextConnection();
            assertThat(connection.statusRequests()).containsExactly(4, 2);
            assertThat(connection.job()).isEqualTo(ticket);
        }
    }

    @Test
    void sendsNothingWhenPrinterReportsPaperEnd() throws Exception {
        try (JetDirectPeer printer = JetDirectPeer.answering(Map.of(4, 0x72, 2, 0x12))) {
            TcpPrinterChannel channel = new TcpPrinterChannel("127.0.0.1", printer.port(), TIMEOUT);

            PrintResult result = channel.send(ticket);

            assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class,
                    failed -> assertThat(failed.failure()).isEqualTo(PrintResult.Failure.PAPER_OUT));
            JetDirectPeer.Connection connection = printer.nextConnection();
            assertThat(connection.statusRequests()).containsExactly(4);
            assertThat(connection.job()).isEmpty();
        }
    }

    @Test
    void sendsNothingWhenCoverIsOpen() throws Exception {
        try (JetDirectPeer printer = JetDirectPeer.answering(Map.of(4, 0x12, 2, 0x16))) {
            TcpPrinterChannel channel = new TcpPrinterChannel("127.0.0.1", printer.port(), TIMEOUT);

            PrintResult result = channel.send(ticket);

            assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class,
                    failed -> assertThat(failed.failure()).isEqualTo(PrintResult.Failure.COVER_OPEN));
            assertThat(printer.nextConnection().job()).isEmpty();
        }
    }

    @Test
    void printsWhenPaperIsNearlyUsedUp() throws Exception {
        try (JetDirectPeer printer = JetDirectPeer.answering(Map.of(4, 0x1E, 2, 0x12))) {
            TcpPrinterChannel channel = new TcpPrinterChannel("127.0.0.1", printer.port(), TIMEOUT);

            assertThat(channel.send(ticket)).isInstanceOf(PrintResult.Printed.class);
            assertThat(printer.nextConnection().job()).isEqualTo(ticket);
        }
    }

    @Test
    void printsAnywayWhenPrinterNeverAnswersStatus() throws Exception {
        try (JetDirectPeer printer = JetDirectPeer.answering(Map.of())) {
            TcpPrinterChannel channel = new TcpPrinterChannel("127.0.0.1", printer.port(), SHORT_TIMEOUT);

            PrintResult result = channel.send(ticket);

            assertThat(result).isEqualTo(new PrintResult.Printed(ticket.length, channel.destination()));
            JetDirectPeer.Connection connection = printer.nextConnection();
            assertThat(connection.statusRequests()).containsExactly(4);
            assertThat(connection.job()).isEqualTo(ticket);
        }
    }

    @Test
    void printsAnywayWhenReplyIsNoStatusByte() throws Exception {
        try (JetDirectPeer printer = JetDirectPeer.answering(Map.of(4, 0x00))) {
            TcpPrinterChannel channel = new TcpPrinterChannel("127.0.0.1", printer.port(), TIMEOUT);

            assertThat(channel.send(ticket)).isInstanceOf(PrintResult.Printed.class);
            assertThat(printer.nextConnection().job()).isEqualTo(ticket);
        }
    }

    @Test
    void reportsOfflineWhenNobodyListens() throws Exception {
        TcpPrinterChannel channel = new TcpPrinterChannel("127.0.0.1", closedPort(), TIMEOUT);

        PrintResult result = channel.send(ticket);

        assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class,
                failed -> assertThat(failed.failure()).isEqualTo(PrintResult.Failure.OFFLINE));
        assertThat(channel.status()).contains(PrinterStatus.OFFLINE);
    }

    @Test
    void reportsWriteFailureWhenPrinterResetsTheConnectionMidJob() throws Exception {
        byte[] largeJob = new byte[16 * 1024 * 1024];
        largeJob[0] = 0x1B;
        try (JetDirectPeer printer = JetDirectPeer.resettingDuringJob(Map.of(4, 0x12, 2, 0x12))) {
            TcpPrinterChannel channel = new TcpPrinterChannel("127.0.0.1", printer.port(), TIMEOUT);

            PrintResult result = channel.send(largeJob);

            assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class,
                    failed -> assertThat(failed.failure()).isEqualTo(PrintResult.Failure.IO_ERROR));
        }
    }

    @Test
    void statusQueryReadsPaperStateWithoutPrinting() throws Exception {
        try (JetDirectPeer printer = JetDirectPeer.answering(Map.of(4, 0x72))) {
            TcpPrinterChannel channel = new TcpPrinterChannel("127.0.0.1", printer.port(), TIMEOUT);

            Optional<PrinterStatus> status = channel.status();

            assertThat(status).contains(PrinterStatus.PAPER_OUT);
            assertThat(printer.nextConnection().job()).isEmpty();
        }
    }

    @Test
    void statusQueryReportsReadyAndUnknown() throws Exception {
        try (JetDirectPeer ready = JetDirectPeer.answering(Map.of(4, 0x12, 2, 0x12));
             JetDirectPeer silent = JetDirectPeer.answering(Map.of())) {
            assertThat(new TcpPrinterChannel("127.0.0.1", ready.port(), TIMEOUT).status()).contains(PrinterStatus.READY);
            assertThat(new TcpPrinterChannel("127.0.0.1", silent.port(), SHORT_TIMEOUT).status())
                    .contains(PrinterStatus.UNKNOWN);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
