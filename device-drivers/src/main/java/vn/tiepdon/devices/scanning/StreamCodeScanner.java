package vn.tiepdon.devices.scanning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads scanned codes as UTF-8 text lines from a stream: a USB-CDC (serial) scanner's port, or
 * stdin. Each code ends with CR, LF or CRLF; empty lines are skipped; an unterminated last code
 * is delivered when the stream ends; a line over {@link #MAX_CODE_BYTES} is dropped. Codes are
 * delivered on the scanner's own daemon thread. Scanned text can hold personal data (the CCCD QR
 * has name and address), so only its length is ever logged.
 */
public final class StreamCodeScanner implements CodeScanner {

    /** Far above a CCCD QR (~150 bytes); stops a stuck scanner from filling memory. */
    public static final int MAX_CODE_BYTES = 8192;

    private static final Logger log = LoggerFactory.getLogger(StreamCodeScanner.class);
    private static final int CR = '\r';
    private static final int LF = '\n';

    private final String name;
    private final InputStream input;
    private Optional<Thread> reader = Optional.empty();
    private volatile boolean closed;

    /** {@code name} identifies the scanner in logs and names its thread. */
    public StreamCodeScanner(String name, InputStream input) {
        this.name = Objects.requireNonNull(name);
        this.input = Objects.requireNonNull(input);
    }

    @Override
    public synchronized void start(Consumer<String> listener) {
        Objects.requireNonNull(listener);
        if (closed) {
            throw new IllegalStateException("scanner " + name + " is closed");
        }
        if (reader.isPresent()) {
            throw new IllegalStateException("scanner " + name + " already started");
        }
        Thread thread = new Thread(() -> readLines(listener), "code-scanner-" + name);
        thread.setDaemon(true);
        reader = Optional.of(thread);
        thread.start();
    }

    /** Stops reading: closes the stream and interrupts the reader thread. */
    @Override
    public synchronized void close() {
        closed = true;
        try {
            input.close();
        } catch (IOException e) {
            log.debug("Closing scanner {} stream failed: {}", name, e.toString());
        }
        reader.ifPresent(Thread::interrupt);
    }

    private void readLines(Consumer<String> listener) {
        Lines lines = new Lines(listener);
        byte[] buffer = new byte[512];
        try {
            int count;
            while (!closed && (count = input.read(buffer)) >= 0) {
                for (int i = 0; i < count; i++) {
                    lines.accept(buffer[i]);
                }
            }
            if (!closed) {
                lines.end();
                log.info("Scanner {} stream ended", name);
            }
        } catch (IOException e) {
            if (!closed) {
                log.warn("Scanner {} stopped: {}", name, e.toString());
            }
        }
    }

    /** Splits bytes into codes; decodes each code only when complete, so UTF-8 split across reads is intact. */
    private final class Lines {
        private final Consumer<String> listener;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private boolean overlong;

        Lines(Consumer<String> listener) {
            this.listener = listener;
        }

        /** CR and LF both end a code; the empty line between the two bytes of CRLF is skipped. */
        void accept(byte b) {
            if (b == CR || b == LF) {
                end();
            } else if (line.size() >= MAX_CODE_BYTES) {
                overlong = true;
            } else {
                line.write(b);
            }
        }

        void end() {
            if (overlong) {
                log.warn("Scanner {} sent a code over {} bytes; dropped", name, MAX_CODE_BYTES);
            } else if (line.size() > 0) {
                deliver(line.toString(StandardCharsets.UTF_8));
            }
            line.reset();
            overlong = false;
        }

        private void deliver(String code) {
            log.debug("Scanner {} read a code of {} characters", name, code.length());
            try {
                listener.accept(code);
            } catch (RuntimeException e) {
                log.warn("Scanner {} listener failed on a code of {} characters: {}", name, code.length(), e.toString());
            }
        }
    }
}
