package vn.tiepdon.devices.smartcard;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * For the tests that talk to the emulated card through the real PC/SC daemon: skips (saying why)
 * when pcscd, vpcd or the emulator's Python packages are absent; starts and stops the emulator.
 */
final class PcscSupport {
    static final Path SCRIPT = Path.of("src/test/cccd-emulator/cccd_vicc.py");
    static final Pattern VIRTUAL_READER = Pattern.compile("Virtual PCD 00 00");

    private PcscSupport() {
    }

    /** Skips the calling test unless pcscd with vpcd and the emulator's packages are present. */
    static void assumePcscWithEmulator() {
        Optional<String> missing = CardEmulator.unavailableReason(SCRIPT);
        assumeTrue(missing.isEmpty(), () -> "skipped: " + missing.orElse("") + " (apt-get install pcscd "
                + "vsmartcard-vpcd python3-virtualsmartcard python3-pycryptodome)");
        List<String> readers = reader(ContentReaders.untrusted()).readerNames();
        assumeTrue(readers.stream().anyMatch(n -> VIRTUAL_READER.matcher(n).find()),
                () -> "skipped: pcscd is not running or has no vpcd reader (readers: " + readers + ")");
    }

    static PcscCardReader reader(ChipContentReader content) {
        return new PcscCardReader(TerminalSource.pcsc(), VIRTUAL_READER, content, Duration.ofMillis(100), true);
    }

    /** A card on the emulated reader; closing it removes the card and waits until the reader sees that. */
    static final class InsertedCard implements AutoCloseable {
        private final CardEmulator emulator;
        private final PcscCardReader reader;

        private InsertedCard(CardEmulator emulator, PcscCardReader reader) {
            this.emulator = emulator;
            this.reader = reader;
        }

        /** Stops the emulator (the card leaves the reader) without waiting: for a card pulled mid-read. */
        void pull() {
            emulator.close();
        }

        @Override
        public void close() {
            emulator.close();
            if (!waitUntil(() -> !reader.isCardPresent())) {
                throw new IllegalStateException("the card is still on the reader after stopping the emulator");
            }
        }
    }

    /**
     * Waits until the reader is empty (a previous card may take a moment to leave), starts the
     * emulator with a card, and waits (up to 20 s) until the reader sees it.
     */
    static InsertedCard insert(CardImage card, Path workDir, PcscCardReader reader) throws IOException {
        if (!waitUntil(() -> !reader.isCardPresent())) {
            throw new IllegalStateException("a card is already on the emulated reader");
        }
        CardEmulator emulator = CardEmulator.start(SCRIPT, card, workDir, CardEmulator.DEFAULT_PORT);
        if (!waitUntil(reader::isCardPresent)) {
            emulator.close();
            throw new IllegalStateException("the emulated card did not reach the reader; see " + emulator.log());
        }
        return new InsertedCard(emulator, reader);
    }

    static boolean waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
