package vn.tiepdon.devices.scanning;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import vn.tiepdon.core.testing.Conditions;

/**
 * Two linked pseudo-terminals made by {@code socat}: the scanner under test opens {@link #port()},
 * the test writes what a scanner would send into {@link #scannerEnd()}. {@link #unplug()} kills
 * socat (both ends vanish, as when a USB scanner is pulled); {@link #plugIn()} makes a new pair
 * under the same paths.
 */
final class SocatPtyPair implements AutoCloseable {

    private final Path port;
    private final Path scannerEnd;
    private Optional<Process> socat = Optional.empty();

    SocatPtyPair(Path dir) {
        this.port = dir.resolve("ttyScanner");
        this.scannerEnd = dir.resolve("ttyScannerDevice");
    }

    /** Why serial tests cannot run here, when socat is not installed. */
    static Optional<String> unavailable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "socat"))) {
                return Optional.empty();
            }
        }
        return Optional.of("socat is not installed (Debian package 'socat'): no pty pair to stand in for a serial scanner");
    }

    Path port() {
        return port;
    }

    Path scannerEnd() {
        return scannerEnd;
    }

    void plugIn() throws IOException {
        Process process = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + port, "pty,raw,echo=0,link=" + scannerEnd)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        socat = Optional.of(process);
        Conditions.await("socat's pty links", Duration.ofSeconds(30),
                () -> Files.exists(port) && Files.exists(scannerEnd) || !process.isAlive());
        if (!process.isAlive()) {
            throw new IOException("socat exited with " + process.exitValue());
        }
    }

    void unplug() throws InterruptedException {
        if (socat.isPresent()) {
            socat.get().destroy();
            if (!socat.get().waitFor(30, TimeUnit.SECONDS)) {
                socat.get().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            socat = Optional.empty();
        }
        Conditions.await("socat's pty links removed", Duration.ofSeconds(30),
                () -> !Files.exists(port) && !Files.exists(scannerEnd));
    }

    /** Writes {@code text} as UTF-8 into the scanner's end, as a scanner sends a code. */
    void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.UTF_8));
    }

    void send(byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(scannerEnd)) {
            out.write(bytes);
            out.flush();
        }
    }

    @Override
    public void close() throws InterruptedException {
        unplug();
    }
}
