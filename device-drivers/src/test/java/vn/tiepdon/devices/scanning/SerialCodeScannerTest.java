package vn.tiepdon.devices.scanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.core.testing.Conditions;

/** A serial scanner through jSerialComm against a socat pty pair (skipped, saying why, without socat). */
class SerialCodeScannerTest {

    private static final String CCCD_QR =
            "079090001234|023456789|Nguyễn Văn An|01011990|Nam|12 Lê Lợi, Phường Bến Thành, Quận 1, TP Hồ Chí Minh|01012021";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final List<String> codes = new CopyOnWriteArrayList<>();
    private final List<ScannerHealth> health = new CopyOnWriteArrayList<>();
    private SocatPtyPair pair;
    private SerialCodeScanner scanner;

    @BeforeEach
    void plugIn() throws Exception {
        assumeTrue(SocatPtyPair.unavailable().isEmpty(), () -> SocatPtyPair.unavailable().orElse(""));
        pair = new SocatPtyPair(dir);
    }

    @AfterEach
    void unplug() throws Exception {
        if (scanner != null) {
            scanner.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void readsAVietnameseCccdQrByteExactFromThePort() throws Exception {
        pair.plugIn();
        start(CodeTerminator.CR);

        pair.send(CCCD_QR + "\r");
        pair.send("KIOSK|Q=1024\r\n");

        Conditions.await("two codes", PATIENCE, () -> codes.size() == 2);
        assertThat(codes).containsExactly(CCCD_QR, "KIOSK|Q=1024");
        assertThat(health).containsExactly(ScannerHealth.CONNECTED);
    }

    @Test
    void cutsCodesAtTheConfiguredCrlfKeepingALoneLineBreak() throws Exception {
        pair.plugIn();
        start(CodeTerminator.CRLF);

        pair.send("line one\nline two\r\nA002\r\n");

        Conditions.await("two codes", PATIENCE, () -> codes.size() == 2);
        assertThat(codes).containsExactly("line one\nline two", "A002");
    }

    @Test
    void reportsAnUnplugOnceAndReadsAgainAfterThePortComesBack() throws Exception {
        pair.plugIn();
        start(CodeTerminator.CR);
        pair.send("A001\r");
        Conditions.await("the first code", PATIENCE, () -> codes.size() == 1);

        pair.unplug();
        Conditions.await("the unplug reported", PATIENCE, () -> health.contains(ScannerHealth.DISCONNECTED));
        pair.plugIn();
        Conditions.await("the port reopened", PATIENCE, () -> health.size() == 3);
        pair.send("A002\r");

        Conditions.await("the code after the reconnect", PATIENCE, () -> codes.size() == 2);
        assertThat(codes).containsExactly("A001", "A002");
        assertThat(health).containsExactly(ScannerHealth.CONNECTED, ScannerHealth.DISCONNECTED, ScannerHealth.CONNECTED);
    }

    @Test
    void waitsForAScannerPluggedInAfterTheKioskStarted() throws Exception {
        start(CodeTerminator.CR);
        Conditions.await("no device reported", PATIENCE, () -> health.contains(ScannerHealth.DISCONNECTED));

        pair.plugIn();
        Conditions.await("the port opened", PATIENCE, () -> health.contains(ScannerHealth.CONNECTED));
        pair.send("B007\r");

        Conditions.await("the code", PATIENCE, () -> codes.size() == 1);
        assertThat(codes).containsExactly("B007");
        assertThat(health).containsExactly(ScannerHealth.DISCONNECTED, ScannerHealth.CONNECTED);
    }

    @Test
    void closeStopsRetrying() throws Exception {
        start(CodeTerminator.CR);
        Conditions.await("no device reported", PATIENCE, () -> health.contains(ScannerHealth.DISCONNECTED));

        scanner.close();
        pair.plugIn();

        Thread reader = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("code-scanner-ttyScanner")).findFirst().orElse(null);
        if (reader != null) {
            reader.join(PATIENCE.toMillis());
            assertThat(reader.isAlive()).isFalse();
        }
        assertThat(health).containsExactly(ScannerHealth.DISCONNECTED);
    }

    private void start(CodeTerminator terminator) {
        SerialSettings settings = new SerialSettings(pair.port().toString(), 115200, 8, SerialSettings.Parity.NONE,
                SerialSettings.StopBits.ONE, terminator, Duration.ofMillis(20), Duration.ofMillis(200));
        scanner = new SerialCodeScanner(settings, health::add);
        scanner.start(codes::add);
    }
}
