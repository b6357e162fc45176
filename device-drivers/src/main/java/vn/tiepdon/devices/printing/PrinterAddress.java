package vn.tiepdon.devices.printing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a printer is, as written on a command line: {@code file:PATH} (a file, or a Linux USB
 * printer device such as {@code /dev/usb/lp0}), {@code tcp:HOST:PORT}, {@code serial:DEV} or
 * {@code spooler:NAME} (a CUPS queue). Builds the matching {@link PrinterChannel}.
 */
public final class PrinterAddress {

    private PrinterAddress() {
    }

    /**
     * The channel for {@code spec}; {@code baud} for serial, {@code timeout} for the status reply
     * (and the TCP connect, and {@code lp}).
     *
     * @throws IllegalArgumentException for a spec that is none of the four kinds, with what is wrong
     */
    public static PrinterChannel channel(String spec, int baud, Duration timeout) {
        Objects.requireNonNull(spec);
        int colon = spec.indexOf(':');
        String kind = colon < 0 ? "" : spec.substring(0, colon);
        String rest = colon < 0 ? "" : spec.substring(colon + 1);
        if (rest.isBlank()) {
            throw new IllegalArgumentException("printer '" + spec + "': expected file:PATH, tcp:HOST:PORT, serial:DEV"
                    + " or spooler:NAME");
        }
        return switch (kind) {
            case "file" -> new FilePrinterChannel(Path.of(rest));
            case "tcp" -> tcp(spec, rest, timeout);
            case "serial" -> new SerialPrinterChannel(rest, baud, timeout);
            case "spooler" -> new SpoolerPrinterChannel(rest, timeout.multipliedBy(10));
            default -> throw new IllegalArgumentException("printer '" + spec + "': unknown kind '" + kind
                    + "', expected file, tcp, serial or spooler");
        };
    }

    private static PrinterChannel tcp(String spec, String hostPort, Duration timeout) {
        int last = hostPort.lastIndexOf(':');
        if (last <= 0 || last == hostPort.length() - 1) {
            throw new IllegalArgumentException("printer '" + spec + "': expected tcp:HOST:PORT");
        }
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(last + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("printer '" + spec + "': the port must be a number");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("printer '" + spec + "': the port must be 1-65535");
        }
        return new TcpPrinterChannel(hostPort.substring(0, last), port, timeout);
    }
}
