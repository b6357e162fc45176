package vn.tiepdon.devices.scanning;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A USB-CDC (virtual COM) or RS-232 scanner read with jSerialComm. It opens the port by path with
 * the configured line settings, cuts codes at the terminator ({@link CodeFramer}: UTF-8, else
 * Windows-1258), and survives unplugging: a port that cannot be opened or stops answering is
 * reported once ({@link ScannerHealth#DISCONNECTED}, one warning in the log) and reopened with a
 * doubling backoff until it comes back (reported once, {@link ScannerHealth#CONNECTED}) or the
 * scanner is closed. A code cut short by the unplugging is dropped. Scanned text can hold personal
 * data, so only its length is logged.
 */
public final class SerialCodeScanner implements CodeScanner {

    private static final Logger log = LoggerFactory.getLogger(SerialCodeScanner.class);
    /** How long one read waits for bytes before checking whether the scanner was closed. */
    private static final int READ_TIMEOUT_MS = 200;

    private final SerialSettings settings;
    private final Consumer<ScannerHealth> health;
    private final Object lock = new Object();
    private Optional<Thread> reader = Optional.empty();
    private volatile boolean closed;
    private volatile Optional<SerialPort> open = Optional.empty();
    private Optional<ScannerHealth> reported = Optional.empty();

    public SerialCodeScanner(SerialSettings settings) {
        this(settings, h -> { });
    }

    /** {@code health} hears each change of the port's state, on the scanner's thread. */
    public SerialCodeScanner(SerialSettings settings, Consumer<ScannerHealth> health) {
        this.settings = Objects.requireNonNull(settings);
        this.health = Objects.requireNonNull(health);
    }

    @Override
    public void start(Consumer<String> listener) {
        Objects.requireNonNull(listener);
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("scanner " + settings.path() + " is closed");
            }
            if (reader.isPresent()) {
                throw new IllegalStateException("scanner " + settings.path() + " already started");
            }
            Thread thread = new Thread(() -> run(listener), "code-scanner-" + Path.of(settings.path()).getFileName());
            thread.setDaemon(true);
            reader = Optional.of(thread);
            thread.start();
        }
    }

    /** Stops retrying and closes the port; the reader thread ends within one read timeout. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        open.ifPresent(SerialPort::closePort);
    }

    private void run(Consumer<String> listener) {
        CodeFramer framer = new CodeFramer(settings.terminator(), code -> deliver(listener, code),
                () -> log.warn("Scanner {} sent a code over {} bytes; dropped", settings.path(), CodeFramer.MAX_CODE_BYTES));
        Duration backoff = settings.retryFirst();
        while (!closed) {
            Optional<SerialPort> port = openPort();
            if (port.isPresent()) {
                report(ScannerHealth.CONNECTED, "port open");
                backoff = settings.retryFirst();
                String why = readUntilLost(port.get(), framer);
                port.get().closePort();
                open = Optional.empty();
                framer.discard();
                if (closed) {
                    break;
                }
                report(ScannerHealth.DISCONNECTED, why);
            }
            waitBefore(backoff);
            backoff = backoff.multipliedBy(2);
            if (backoff.compareTo(settings.retryMax()) > 0) {
                backoff = settings.retryMax();
            }
        }
        log.info("Scanner {} closed", settings.path());
    }

    private Optional<SerialPort> openPort() {
        if (!Files.exists(Path.of(settings.path())) && settings.path().startsWith("/")) {
            report(ScannerHealth.DISCONNECTED, "no device at this path");
            return Optional.empty();
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(settings.path());
        } catch (RuntimeException e) {
            report(ScannerHealth.DISCONNECTED, "not a serial port: " + e.getMessage());
            return Optional.empty();
        }
        port.setComPortParameters(settings.baud(), settings.dataBits(), stopBits(), parity());
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MS, 0);
        if (!port.openPort()) {
            report(ScannerHealth.DISCONNECTED, "cannot open (error " + port.getLastErrorCode() + ")");
            return Optional.empty();
        }
        synchronized (lock) {
            if (closed) {
                port.closePort();
                return Optional.empty();
            }
            open = Optional.of(port);
        }
        return Optional.of(port);
    }

    /** Reads until the port fails or the scanner is closed; returns why it stopped. */
    private String readUntilLost(SerialPort port, CodeFramer framer) {
        byte[] buffer = new byte[512];
        while (!closed) {
            int count = port.readBytes(buffer, buffer.length);
            if (count < 0) {
                return "read failed (error " + port.getLastErrorCode() + ")";
            }
            if (count == 0 && !Files.exists(Path.of(settings.path())) && settings.path().startsWith("/")) {
                return "device removed";
            }
            framer.accept(buffer, count);
        }
        return "closed";
    }

    private void waitBefore(Duration backoff) {
        synchronized (lock) {
            long until = System.nanoTime() + backoff.toNanos();
            long left;
            while (!closed && (left = until - System.nanoTime()) > 0) {
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    closed = true;
                }
            }
        }
    }

    private void report(ScannerHealth now, String why) {
        if (reported.equals(Optional.of(now))) {
            log.debug("Scanner {} still {}: {}", settings.path(), now, why);
            return;
        }
        reported = Optional.of(now);
        if (now == ScannerHealth.CONNECTED) {
            log.info("Scanner {} connected ({} baud, {} data bits, parity {}, stop bits {}, terminator {})",
                    settings.path(), settings.baud(), settings.dataBits(), settings.parity(), settings.stopBits(),
                    settings.terminator());
        } else {
            log.warn("Scanner {} disconnected: {}; retrying every {} s at most until it is back",
                    settings.path(), why, settings.retryMax().toSeconds());
        }
        try {
            health.accept(now);
        } catch (RuntimeException e) {
            log.warn("Scanner {} health listener failed: {}", settings.path(), e.toString());
        }
    }

    private void deliver(Consumer<String> listener, CodeFramer.Code code) {
        if (code.fallback()) {
            log.warn("Scanner {} sent a code that is not UTF-8 ({} characters); read it as Windows-1258",
                    settings.path(), code.text().length());
        } else {
            log.debug("Scanner {} read a code of {} characters", settings.path(), code.text().length());
        }
        try {
            listener.accept(code.text());
        } catch (RuntimeException e) {
            log.warn("Scanner {} listener failed on a code of {} characters: {}", settings.path(),
                    code.text().length(), e.toString());
        }
    }

    private int parity() {
        return switch (settings.parity()) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }

    private int stopBits() {
        return switch (settings.stopBits()) {
            case ONE -> SerialPort.ONE_STOP_BIT;
            case ONE_POINT_FIVE -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
            case TWO -> SerialPort.TWO_STOP_BITS;
        };
    }
}
