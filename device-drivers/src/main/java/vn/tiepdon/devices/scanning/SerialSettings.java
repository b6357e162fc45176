package vn.tiepdon.devices.scanning;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How to open a USB-CDC (virtual COM) scanner: its device path (prefer the stable
 * {@code /dev/serial/by-id/…} link; {@code COM3} on Windows), line settings, the byte(s) after
 * each code, and the reconnect backoff after the port is lost (doubling from {@code retryFirst}
 * up to {@code retryMax}). USB-CDC ignores the line settings; real RS-232 scanners need them.
 */
public record SerialSettings(String path, int baud, int dataBits, Parity parity, StopBits stopBits,
                             CodeTerminator terminator, Duration retryFirst, Duration retryMax) {

    public enum Parity { NONE, ODD, EVEN, MARK, SPACE;
        public static Parity parse(String text) {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
    }

    public enum StopBits { ONE, ONE_POINT_FIVE, TWO;
        /** {@code 1}, {@code 1.5} or {@code 2}. */
        public static StopBits parse(String text) {
            return switch (text.strip()) {
                case "1" -> ONE;
                case "1.5" -> ONE_POINT_FIVE;
                case "2" -> TWO;
                default -> throw new IllegalArgumentException("stop bits must be 1, 1.5 or 2, got '" + text + "'");
            };
        }
    }

    public SerialSettings {
        Objects.requireNonNull(path);
        Objects.requireNonNull(parity);
        Objects.requireNonNull(stopBits);
        Objects.requireNonNull(terminator);
        Objects.requireNonNull(retryFirst);
        Objects.requireNonNull(retryMax);
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive, got " + baud);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits must be 5 to 8, got " + dataBits);
        }
        if (retryFirst.isNegative() || retryFirst.isZero() || retryMax.compareTo(retryFirst) < 0) {
            throw new IllegalArgumentException("retry backoff must be positive with max >= first");
        }
    }

    /** 9600 8N1, CR after each code, retry from 0.5 s up to 10 s: the factory setting of most scanners. */
    public static SerialSettings defaults(String path) {
        return new SerialSettings(path, 9600, 8, Parity.NONE, StopBits.ONE, CodeTerminator.CR,
                Duration.ofMillis(500), Duration.ofSeconds(10));
    }
}
