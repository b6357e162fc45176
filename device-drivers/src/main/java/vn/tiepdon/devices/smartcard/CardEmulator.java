package vn.tiepdon.devices.smartcard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The CCCD chip emulator {@code cccd_vicc.py} (vsmartcard's vpcd + Debian's
 * python3-virtualsmartcard) as a child process: started = card inserted into the vpcd reader
 * ("Virtual PCD 00 00" for port 35963), stopped = card removed. For tests and the card benchmark.
 */
public final class CardEmulator implements AutoCloseable {
    public static final Path PYTHON = Path.of("/usr/bin/python3");
    public static final Path VIRTUALSMARTCARD = Path.of("/usr/lib/python3/site-packages/virtualsmartcard");
    public static final Path CRYPTODOME = Path.of("/usr/lib/python3/dist-packages/Cryptodome");
    /** The emulator's place in the source tree, relative to the repository root. */
    public static final Path SCRIPT_IN_REPOSITORY = Path.of("device-drivers/src/test/cccd-emulator/cccd_vicc.py");
    public static final int DEFAULT_PORT = 35963;

    private final Process process;
    private final Path log;

    private CardEmulator(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Why the emulator cannot run here (a Debian package or the script missing); empty when it can. */
    public static Optional<String> unavailableReason(Path script) {
        if (!Files.isExecutable(PYTHON)) {
            return Optional.of(PYTHON + " is missing");
        }
        if (!Files.isDirectory(VIRTUALSMARTCARD.resolve("virtualsmartcard"))) {
            return Optional.of("python3-virtualsmartcard is not installed");
        }
        if (!Files.isDirectory(CRYPTODOME)) {
            return Optional.of("python3-pycryptodome is not installed");
        }
        if (!Files.isRegularFile(script)) {
            return Optional.of("emulator script " + script + " not found");
        }
        return Optional.empty();
    }

    /**
     * Writes the card into {@code workDir/card}, and starts the emulator on it (output in
     * {@code workDir/emulator.log}).
     */
    public static CardEmulator start(Path script, CardImage card, Path workDir, int port) throws IOException {
        Path cardDir = workDir.resolve("card");
        card.writeTo(cardDir);
        Path shim = workDir.resolve("pyshim");
        Files.createDirectories(shim);
        Path link = shim.resolve("Crypto");
        if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(link, CRYPTODOME);
        }
        Path log = workDir.resolve("emulator.log");
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toAbsolutePath().toString(),
                cardDir.toString(), "--port", Integer.toString(port)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PYTHONPATH", VIRTUALSMARTCARD + ":" + shim);
        return new CardEmulator(builder.start(), log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** Stops the emulator: the card leaves the reader. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
