package vn.tiepdon.devices.printing;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A printer on a serial line (RS-232 or USB-CDC, e.g. {@code /dev/ttyUSB0}) through jSerialComm,
 * opened by path at the configured baud rate, 8N1. Each job opens the port, asks {@code DLE EOT
 * 1..4}, and sends the ticket only when the printer answered and can print: a silent serial line
 * is refused as {@code NO_ANSWER}. Thread-safe: one job at a time.
 */
public final class SerialPrinterChannel implements PrinterChannel {

    private static final Logger log = LoggerFactory.getLogger(SerialPrinterChannel.class);

    private static final int WRITE_TIMEOUT_MILLIS = 60_000;

    private final String device;
    private final int baud;
    private final int timeoutMillis;

    public SerialPrinterChannel(String device, int baud, Duration timeout) {
        this.device = Objects.requireNonNull(device);
        if (baud < 300 || baud > 921_600) {
            throw new IllegalArgumentException("baud must be 300-921600, was " + baud);
        }
        this.baud = baud;
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        this.timeoutMillis = (int) Math.max(1, timeout.toMillis());
    }

    @Override
    public String destination() {
        return "serial:" + device + "@" + baud;
    }

    @Override
    public synchronized PrintResult send(byte[] job) {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(device);
        } catch (RuntimeException e) {
            log.warn("Printer {} is not present: {}", destination(), e.toString());
            return new PrintResult.Failed(PrintResult.Failure.OFFLINE, "no serial device " + device);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        // a whole ticket takes seconds at 9600 baud: the write may take longer than a status reply
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                timeoutMillis, WRITE_TIMEOUT_MILLIS);
        if (!port.openPort()) {
            log.warn("Printer {} cannot be opened", destination());
            return new PrintResult.Failed(PrintResult.Failure.OFFLINE, "cannot open " + destination());
        }
        try {
            PrinterStatus status = StatusQuery.ask(link(port));
            Optional<PrintResult.Failed> refusal = StatusGate.refusal(status, destination(), true);
            if (refusal.isPresent()) {
                log.warn("Printer {}: {}; ticket not sent", destination(), refusal.get().failure().reason());
                return refusal.get();
            }
            int written = port.writeBytes(job, job.length);
            if (written != job.length) {
                return new PrintResult.Failed(PrintResult.Failure.IO_ERROR,
                        "wrote " + written + " of " + job.length + " bytes to " + destination());
            }
            drain(port);
            return new PrintResult.Printed(job.length, destination());
        } catch (IOException e) {
            return new PrintResult.Failed(PrintResult.Failure.IO_ERROR, "serial " + destination() + " failed: " + e);
        } finally {
            port.closePort();
        }
    }

    @Override
    public Optional<PrinterStatus> status() {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(device);
        } catch (RuntimeException e) {
            return Optional.of(PrinterStatus.OFFLINE);
        }
        port.setBaudRate(baud);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, timeoutMillis, timeoutMillis);
        if (!port.openPort()) {
            return Optional.of(PrinterStatus.OFFLINE);
        }
        try {
            return Optional.of(StatusQuery.ask(link(port)));
        } catch (IOException e) {
            return Optional.of(PrinterStatus.OFFLINE);
        } finally {
            port.closePort();
        }
    }

    /** Waits until the driver has sent what it holds: closing the port earlier discards it. */
    private static void drain(SerialPort port) {
        long deadline = System.nanoTime() + WRITE_TIMEOUT_MILLIS * 1_000_000L;
        while (port.bytesAwaitingWrite() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static StatusLink link(SerialPort port) {
        return new StatusLink() {
            @Override
            public void write(byte[] bytes) throws IOException {
                if (port.writeBytes(bytes, bytes.length) != bytes.length) {
                    throw new IOException("write to " + port.getSystemPortPath() + " failed");
                }
            }

            @Override
            public OptionalInt readByte() throws IOException {
                byte[] one = new byte[1];
                int n = port.readBytes(one, 1);
                if (n < 0) {
                    throw new IOException("read from " + port.getSystemPortPath() + " failed");
                }
                return n == 0 ? OptionalInt.empty() : OptionalInt.of(one[0] & 0xFF);
            }
        };
    }
}
