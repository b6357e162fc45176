package vn.tiepdon.devices.scanning;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells a keyboard-wedge scanner from a person at a keyboard, from the characters typed and when
 * (milliseconds, e.g. {@code KeyEvent.getWhen()}; only differences count). A scan is at least
 * {@code minLength} characters, each following the previous one within {@code maxGap}, ended by
 * Enter within {@code maxGap} of the last character. A scanner types a code in a burst a few
 * milliseconds apart; a person, even a fast typist, leaves 60 ms or more between most keys and
 * does not keep under the gap for a whole code. Whatever does not end in such a burst is not a
 * scan (a person typing, a burst without Enter): nothing is reported. Only printable ASCII counts
 * (a wedge can type nothing else reliably); other characters are counted as dropped. No Swing,
 * no clock of its own: the caller gives each key's time. Not thread-safe (the EDT feeds it).
 */
public final class WedgeTiming {

    /** Defaults: a code of 6 or more characters, keys at most 50 ms apart. */
    public static final int DEFAULT_MIN_LENGTH = 6;
    public static final Duration DEFAULT_MAX_GAP = Duration.ofMillis(50);
    /** A wedge burst longer than this is not a code anyone holds; it is dropped. */
    public static final int MAX_LENGTH = 4096;

    private final int minLength;
    private final long maxGapMillis;
    private final StringBuilder burst = new StringBuilder();
    private int dropped;
    private long lastKeyAt;
    private boolean started;

    public WedgeTiming(int minLength, Duration maxGap) {
        if (minLength < 1) {
            throw new IllegalArgumentException("minLength must be >= 1, got " + minLength);
        }
        if (maxGap.isNegative() || maxGap.isZero()) {
            throw new IllegalArgumentException("maxGap must be positive, got " + maxGap);
        }
        this.minLength = minLength;
        this.maxGapMillis = maxGap.toMillis();
    }

    public static WedgeTiming defaults() {
        return new WedgeTiming(DEFAULT_MIN_LENGTH, DEFAULT_MAX_GAP);
    }

    /**
     * One typed character at {@code whenMillis}; Enter is {@code '\n'} or {@code '\r'}. Returns the
     * scan when this Enter ends a scanner's burst, else empty.
     */
    public Optional<WedgeScan> typed(char key, long whenMillis) {
        boolean inTime = started && whenMillis - lastKeyAt >= 0 && whenMillis - lastKeyAt <= maxGapMillis;
        if (!inTime) {
            reset();
        }
        started = true;
        lastKeyAt = whenMillis;
        if (key == '\n' || key == '\r') {
            Optional<WedgeScan> scan = inTime && burst.length() >= minLength
                    ? Optional.of(new WedgeScan(burst.toString(), dropped)) : Optional.empty();
            reset();
            started = false;
            return scan;
        }
        if (key >= 0x20 && key <= 0x7E) {
            if (burst.length() < MAX_LENGTH) {
                burst.append(key);
            }
        } else {
            dropped++;
        }
        return Optional.empty();
    }

    /** True while characters typed so far could still become a scan (tests and the Swing side). */
    public boolean inBurst() {
        return burst.length() > 0 || dropped > 0;
    }

    private void reset() {
        burst.setLength(0);
        dropped = 0;
    }
}
