package vn.tiepdon.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.devices.printing.EscPosDocument;
import vn.tiepdon.devices.printing.EscPosRasterDecoder;
import vn.tiepdon.devices.printing.PrintedQr;

/** The {@code print} command-line contract: exit 0 when printed, exit 2 and the printer's reason on one line. */
class PrintCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheSampleTicketToAFile() throws Exception {
        Path file = dir.resolve("ticket.escpos");

        ParseCommandTest.Run r = ParseCommandTest.run("print", "--sample", "--to", "file:" + file);

        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).startsWith("printed ").endsWith("bytes to file:" + file);
        EscPosDocument printed = new EscPosRasterDecoder().decode(Files.readAllBytes(file));
        assertThat(printed.problems()).isEmpty();
        assertThat(printed.cut()).isTrue();
        assertThat(PrintedQr.texts(printed)).singleElement().satisfies(qr ->
                assertThat(qr).startsWith("TIEPDON:TICKET:").endsWith(":A001"));
    }

    @Test
    void aPrinterOutOfPaperExitsTwoWithPaperOut() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> printer = CompletableFuture.runAsync(() -> answerPaperOut(server));

            ParseCommandTest.Run r = ParseCommandTest.run("print", "--sample", "--to",
                    "tcp:127.0.0.1:" + server.getLocalPort(), "--timeout-ms", "2000");

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).isEqualTo("paper out" + System.lineSeparator());
            assertThat(r.out()).doesNotContain(" bytes to tcp:");
            printer.join();
        }
    }

    @Test
    void nobodyListeningIsOffline() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ParseCommandTest.Run r = ParseCommandTest.run("print", "--sample", "--to", "tcp:127.0.0.1:" + port);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("offline");
    }

    @Test
    void aSpecOfNoKnownKindExitsTwoSayingWhy() {
        ParseCommandTest.Run r = ParseCommandTest.run("print", "--sample", "--to", "usb:lp0");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("printer 'usb:lp0': unknown kind 'usb', expected file, tcp, serial or spooler");
    }

    /** One connection: answers DLE EOT 4 with 0x72 (paper end) and any other DLE EOT n with 0x12, until closed. */
    private static void answerPaperOut(ServerSocket server) {
        try (Socket s = server.accept(); InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            int[] last = new int[2];
            int c;
            while ((c = in.read()) >= 0) {
                if (last[0] == 0x10 && last[1] == 0x04) {
                    out.write(c == 4 ? 0x72 : 0x12);
                    out.flush();
                }
                last[0] = last[1];
                last[1] = c;
            }
        } catch (java.io.IOException e) {
            // the channel closed the connection: the fake printer's work is done
        }
    }
}
