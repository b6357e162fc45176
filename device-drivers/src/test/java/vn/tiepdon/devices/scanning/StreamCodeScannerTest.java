package vn.tiepdon.devices.scanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StreamCodeScannerTest {

    private static final String CCCD_QR =
            "079090001234|023456789|Nguyễn Văn An|01011990|Nam|12 Lê Lợi, Phường Bến Thành, Quận 1, TP Hồ Chí Minh|01012021";

    private final BlockingQueue<String> codes = new LinkedBlockingQueue<>();
    private PipedOutputStream scannerPort;
    private PipedInputStream scannerInput;
    private StreamCodeScanner scanner;

    @BeforeEach
    void connect() throws IOException {
        scannerPort = new PipedOutputStream();
        scannerInput = new PipedInputStream(scannerPort, 64 * 1024);
        scanner = new StreamCodeScanner("test", scannerInput);
    }

    @AfterEach
    void disconnect() {
        scanner.close();
    }

    @Test
    void deliversOneCodePerLineWhateverTheLineEnding() throws Exception {
        scanner.start(codes::add);

        send("KIOSK|Q=1\rA002\nB003\r\nC004\n");

        assertThat(next(4)).containsExactly("KIOSK|Q=1", "A002", "B003", "C004");
    }

    @Test
    void skipsEmptyLines() throws Exception {
        scanner.start(codes::add);

        send("\r\n\r\n\nA001\r\r\n\nA002\r\n");

        assertThat(next(2)).containsExactly("A001", "A002");
        assertThat(codes).isEmpty();
    }

    @Test
    void decodesVietnameseUtf8EvenWhenSplitAcrossReads() throws Exception {
        scanner.start(codes::add);
        byte[] bytes = (CCCD_QR + "\r").getBytes(StandardCharsets.UTF_8);
        int insideMultibyteLetter = indexOfByte(bytes, (byte) 0xE1) + 1; // just after the first byte of "ễ"

        scannerPort.write(bytes, 0, insideMultibyteLetter);
        scannerPort.flush();
        awaitConsumed();
        scannerPort.write(bytes, insideMultibyteLetter, bytes.length - insideMultibyteLetter);
        scannerPort.flush();

        assertThat(next(1)).containsExactly(CCCD_QR);
    }

    @Test
    void deliversOnItsOwnDaemonThread() throws Exception {
        BlockingQueue<Thread> threads = new LinkedBlockingQueue<>();
        scanner.start(code -> threads.add(Thread.currentThread()));

        send("A001\n");

        Thread thread = threads.poll(30, TimeUnit.SECONDS);
        assertThat(thread).isNotNull().isNotSameAs(Thread.currentThread());
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getName()).isEqualTo("code-scanner-test");
    }

    @Test
    void deliversAnUnterminatedLastCodeWhenTheStreamEnds() throws Exception {
        scanner.start(codes::add);

        send("A001\nA002");
        scannerPort.close();

        assertThat(next(2)).containsExactly("A001", "A002");
    }

    @Test
    void dropsAnOverlongLineAndReadsOn() throws Exception {
        scanner.start(codes::add);

        send("x".repeat(StreamCodeScanner.MAX_CODE_BYTES + 100) + "\nA003\n");

        assertThat(next(1)).containsExactly("A003");
    }

    @Test
    void keepsReadingAfterTheListenerFails() throws Exception {
        scanner.start(code -> {
            if (code.equals("bad")) {
                throw new IllegalStateException("listener bug");
            }
            codes.add(code);
        });

        send("bad\nA004\n");

        assertThat(next(1)).containsExactly("A004");
    }

    @Test
    void closeClosesTheStream() throws Exception {
        scanner.start(codes::add);
        send("A001\n");
        assertThat(next(1)).containsExactly("A001");

        scanner.close();

        assertThatThrownBy(() -> send("A002\n")).isInstanceOf(IOException.class).hasMessageContaining("closed");
    }

    @Test
    void refusesToStartTwice() {
        scanner.start(codes::add);

        assertThatThrownBy(() -> scanner.start(codes::add)).isInstanceOf(IllegalStateException.class);
    }

    private void send(String text) throws IOException {
        scannerPort.write(text.getBytes(StandardCharsets.UTF_8));
        scannerPort.flush();
    }

    /** Waits for {@code count} codes; the generous bound only stops a broken test from hanging. */
    private List<String> next(int count) throws InterruptedException {
        List<String> received = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = codes.poll(30, TimeUnit.SECONDS);
            if (code == null) {
                break;
            }
            received.add(code);
        }
        return received;
    }

    /** Waits until the scanner has read everything sent, so the next bytes arrive in a later read. */
    private void awaitConsumed() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (scannerInput.available() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(scannerInput.available()).as("bytes the scanner has not read").isZero();
    }

    private static int indexOfByte(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new IllegalArgumentException("byte not found");
    }
}
