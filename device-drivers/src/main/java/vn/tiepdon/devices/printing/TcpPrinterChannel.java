package vn.tiepdon.devices.printing;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A network printer's raw port (JetDirect, usually 9100). Each job opens a connection, asks
 * {@code DLE EOT 4} (roll paper) and {@code DLE EOT 2} (offline cause), and sends the ticket only
 * when the printer can print. A printer that does not answer within the timeout is printed to
 * anyway, since many do not implement real-time status. The timeout bounds the connect and each
 * status read. Thread-safe: each call uses its own connection.
 */
public final class TcpPrinterChannel implements PrinterChannel {

    private static final Logger log = LoggerFactory.getLogger(TcpPrinterChannel.class);
    private static final int DLE = 0x10;
    private static final int EOT = 0x04;

    private final String host;
    private final int port;
    private final int timeoutMillis;

    public TcpPrinterChannel(String host, int port, Duration timeout) {
        this.host = Objects.requireNonNull(host);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1-65535, was " + port);
        }
        this.port = port;
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        this.timeoutMillis = (int) Math.max(1, timeout.toMillis());
    }

    @Override
    public String destination() {
        return "tcp://" + host + ":" + port;
    }

    @Override
    public PrintResult send(byte[] job) {
        Socket socket;
        try {
            socket = connect();
        } catch (IOException e) {
            log.warn("Printer {} unreachable: {}", destination(), e.toString());
            return new PrintResult.Failed(PrintResult.Failure.OFFLINE, "cannot connect to " + destination() + ": " + e);
        }
        try {
            PrinterStatus status;
            try {
                status = query(socket);
            } catch (IOException e) {
                log.warn("Printer {} dropped the connection during the status query: {}", destination(), e.toString());
                return new PrintResult.Failed(PrintResult.Failure.OFFLINE,
                        "connection lost during status query to " + destination() + ": " + e);
            }
            switch (status) {
                case PAPER_OUT:
                    log.warn("Printer {} is out of paper; ticket not sent", destination());
                    return new PrintResult.Failed(PrintResult.Failure.PAPER_OUT, "paper end reported by " + destination());
                case COVER_OPEN:
                    log.warn("Printer {} cover is open; ticket not sent", destination());
                    return new PrintResult.Failed(PrintResult.Failure.COVER_OPEN, "cover open reported by " + destination());
                case PAPER_NEAR_END:
                    log.warn("Printer {} paper is nearly used up; printing, change the roll soon", destination());
                    break;
                case UNKNOWN:
                    log.debug("Printer {} gave no status within {} ms; printing anyway", destination(), timeoutMillis);
                    break;
                default:
                    break;
            }
            return write(socket, job);
        } finally {
            closeQuietly(socket);
        }
    }

    @Override
    public Optional<PrinterStatus> status() {
        try (Socket socket = connect()) {
            return Optional.of(query(socket));
        } catch (IOException e) {
            log.debug("Printer {} status: unreachable ({})", destination(), e.toString());
            return Optional.of(PrinterStatus.OFFLINE);
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            socket.setTcpNoDelay(true);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Roll paper first; the offline cause only from a printer that answered. */
    private PrinterStatus query(Socket socket) throws IOException {
        OptionalInt paper = ask(socket, EscPosStatus.ROLL_PAPER_SENSOR);
        if (paper.isEmpty()) {
            return PrinterStatus.UNKNOWN;
        }
        if (EscPosStatus.paperOut(paper.getAsInt())) {
            return PrinterStatus.PAPER_OUT;
        }
        OptionalInt offline = ask(socket, EscPosStatus.OFFLINE_CAUSE);
        if (offline.isPresent() && EscPosStatus.coverOpen(offline.getAsInt())) {
            return PrinterStatus.COVER_OPEN;
        }
        return EscPosStatus.paperNearEnd(paper.getAsInt()) ? PrinterStatus.PAPER_NEAR_END : PrinterStatus.READY;
    }

    /** Sends {@code DLE EOT n}; the reply byte, or empty after the timeout or for a byte that is no status. */
    private OptionalInt ask(Socket socket, int n) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(new byte[] {DLE, EOT, (byte) n});
        out.flush();
        try {
            int reply = socket.getInputStream().read();
            if (reply < 0) {
                throw new EOFException("printer closed the connection");
            }
            if (!EscPosStatus.isStatusByte(reply)) {
                log.warn("Printer {} answered DLE EOT {} with 0x{}, not a status byte; ignoring it",
                        destination(), n, Integer.toHexString(reply));
                return OptionalInt.empty();
            }
            return OptionalInt.of(reply);
        } catch (SocketTimeoutException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * Writes the job, half-closes, and drains what the printer still sends: closing a socket with
     * unread input (a late status reply) makes the kernel reset the connection and drop queued data.
     */
    private PrintResult write(Socket socket, byte[] job) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(job);
            out.flush();
            socket.shutdownOutput();
        } catch (IOException e) {
            log.warn("Sending {} bytes to {} failed: {}", job.length, destination(), e.toString());
            return new PrintResult.Failed(PrintResult.Failure.IO_ERROR, "write to " + destination() + " failed: " + e);
        }
        drain(socket);
        return new PrintResult.Printed(job.length, destination());
    }

    private void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            log.debug("Closing connection to {} failed: {}", destination(), e.toString());
        }
    }

    /** Discards late replies until the printer closes its side, for at most about one timeout. */
    private void drain(Socket socket) {
        byte[] buffer = new byte[256];
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        try {
            InputStream in = socket.getInputStream();
            while (in.read(buffer) >= 0 && System.nanoTime() < deadline) {
                log.trace("Discarded a late reply from {}", destination());
            }
        } catch (IOException e) {
            log.debug("Printer {} kept the connection open after the job: {}", destination(), e.toString());
        }
    }
}
